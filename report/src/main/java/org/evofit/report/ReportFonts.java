package org.evofit.report;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of reports and charts: Liberation Sans (SIL Open Font License), as packaged by the
 * OpenPDF project. Charts and PDFs use the same font file, so charts look alike on every machine
 * whatever fonts it has installed, and a PDF embeds the glyphs it uses.
 */
public final class ReportFonts {

    static {
        // Every chart and PDF starts here, and none needs a display: a report made over SSH or in CI
        // must not look for one. Set before AWT first reads it.
        System.setProperty("java.awt.headless", "true");
    }

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);
    private static final Font AWT_REGULAR = awt(REGULAR_BYTES);
    private static final Font AWT_BOLD = awt(BOLD_BYTES);

    private ReportFonts() {
    }

    /** The regular face at {@code size} points, for Java2D (charts). */
    public static Font regular(float size) {
        return AWT_REGULAR.deriveFont(size);
    }

    /** The bold face at {@code size} points, for Java2D (charts). */
    public static Font bold(float size) {
        return AWT_BOLD.deriveFont(size);
    }

    /** The regular face for a PDF, embedded (subset) with Unicode encoding. */
    public static BaseFont pdfRegular() {
        return pdf("LiberationSans-Regular.ttf", REGULAR_BYTES);
    }

    /** The bold face for a PDF. */
    public static BaseFont pdfBold() {
        return pdf("LiberationSans-Bold.ttf", BOLD_BYTES);
    }

    private static BaseFont pdf(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load the report font", e);
        }
    }
}
