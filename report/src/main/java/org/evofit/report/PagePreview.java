package org.evofit.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A page of a PDF as a PNG image (rendered with PDFBox), for previews such as the README's. */
public final class PagePreview {

    private PagePreview() {
    }

    /**
     * Renders page {@code page} (1-based) of {@code pdf} at {@code dpi}.
     *
     * @throws IllegalArgumentException when the PDF has no such page
     */
    public static byte[] png(Path pdf, int page, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IllegalArgumentException(pdf + " has " + doc.getNumberOfPages() + " pages, not " + page);
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            return ChartFiles.encodePng(image, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + pdf + ": " + e.getMessage(), e);
        }
    }
}
