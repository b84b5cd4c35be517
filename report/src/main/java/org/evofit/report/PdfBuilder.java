package org.evofit.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * A PDF being written: A4 pages of headings, paragraphs, tables and charts, every glyph in the
 * embedded report font. Tables repeat their header row on each page they run onto and split only
 * between rows; charts go in as vector graphics with their text as real (searchable) text.
 */
final class PdfBuilder implements AutoCloseable {

    private static final float BODY = 9.5f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_FILL = new Color(0xe6, 0xe6, 0xe6);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    private final PdfWriter writer;
    private final BaseFont regular = ReportFonts.pdfRegular();
    private final BaseFont bold = ReportFonts.pdfBold();
    private final Font body = new Font(regular, BODY);
    private final Font bodyBold = new Font(bold, BODY);
    private final Font small = new Font(regular, 8f);
    private final FontMapper fonts = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return font == bold ? ReportFonts.bold(size) : ReportFonts.regular(size);
        }
    };

    PdfBuilder(String title) {
        writer = PdfWriter.getInstance(document, bytes);
        // Charts stay where they are written, after the table before them, not moved to fill space.
        writer.setStrictImageSequence(true);
        document.addTitle(title);
        document.addCreator("evofit");
        document.open();
    }

    void title(String text) {
        Paragraph p = new Paragraph(text, new Font(bold, 16f));
        p.setSpacingAfter(4f);
        add(p);
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, new Font(bold, 12f));
        p.setSpacingBefore(10f);
        p.setSpacingAfter(4f);
        add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(2f);
        add(p);
    }

    void note(String text) {
        add(new Paragraph(text, small));
    }

    /** A two-column table of names and values. */
    void facts(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[] {1f, 2.6f});
        table.setWidthPercentage(100);
        for (String[] r : rows) {
            table.addCell(cell(r[0], bodyBold, false));
            table.addCell(cell(r[1], body, false));
        }
        table.setSpacingAfter(4f);
        add(table);
    }

    /**
     * A table with a header row that is repeated on every page the table runs onto; a row that does not fit
     * on the rest of a page starts the next, and only a row taller than a whole page is split across pages.
     */
    void table(List<String> header, float[] widths, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // Late splitting keeps rows whole where they fit on a page; not splitting at all made OpenPDF drop the
        // whole table for one taller row (a failed run's long error), writing 'ERROR: Infinite table loop' instead.
        table.setSplitLate(true);
        table.setSplitRows(true);
        for (String h : header) {
            table.addCell(cell(h, bodyBold, true));
        }
        for (List<String> r : rows) {
            for (String v : r) {
                table.addCell(cell(v, body, false));
            }
        }
        table.setSpacingAfter(4f);
        add(table);
    }

    /** The chart as vector graphics, scaled to {@code widthFraction} of the text width. */
    void chart(JFreeChart chart, float widthFraction) {
        drawing(chart, ChartFiles.WIDTH_PT, ChartFiles.HEIGHT_PT, widthFraction);
    }

    /**
     * A drawing laid out at {@code w} × {@code h} points as vector graphics, scaled to
     * {@code widthFraction} of the text width (and down to the page's height, if taller).
     */
    void drawing(Drawable chart, float w, float h, float widthFraction) {
        PdfTemplate template = writer.getDirectContent().createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            float width = (document.right() - document.left()) * widthFraction;
            image.scaleToFit(width, Math.min(width * h / w, (document.top() - document.bottom()) * 0.9f));
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(6f);
            add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place a chart in the PDF", e);
        }
    }

    void newPage() {
        document.newPage();
    }

    /** Closes the document and returns its bytes. */
    byte[] finish() {
        document.close();
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }

    private PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(text, font)));
        c.setPadding(2.5f);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.4f);
        if (header) {
            c.setBackgroundColor(HEADER_FILL);
        }
        return c;
    }

    private void add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("cannot add to the PDF", ex);
        }
    }
}
