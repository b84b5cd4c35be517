package org.evofit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text and fonts as PDFBox reads them: what a search in a PDF viewer would find. PDFBox's
 * text stripper leaves out text that is not upright (a chart's y axis label); that text is gathered
 * glyph by glyph and appended, one line per page.
 */
public record PdfText(String text, int pages, List<String> fonts, List<String> unembedded) {

    public static PdfText of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new ArrayList<>();
            List<String> unembedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), fonts, unembedded, 0);
            }
            StringBuilder rotated = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getDir() != 0) {
                        rotated.append(t.getUnicode());
                    }
                    super.processTextPosition(t);
                }

                @Override
                protected void endPage(PDPage page) throws IOException {
                    rotated.append('\n');
                    super.endPage(page);
                }
            };
            String text = stripper.getText(doc);
            return new PdfText(text + "\n" + rotated, doc.getNumberOfPages(), fonts, unembedded);
        }
    }

    /** Fonts of a page and of the forms (charts) drawn on it. */
    private static void fonts(PDResources res, List<String> fonts, List<String> unembedded, int depth)
            throws IOException {
        if (res == null || depth > 3) {
            return;
        }
        for (var name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            fonts.add(f.getName());
            if (!f.isEmbedded()) {
                unembedded.add(f.getName());
            }
        }
        for (var name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                fonts(form.getResources(), fonts, unembedded, depth + 1);
            }
        }
    }
}
