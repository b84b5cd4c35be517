package org.evofit.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.evofit.wrapper.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as files: PNG at print resolution (300 dpi, recorded in the file) and SVG. Charts are
 * laid out at {@value #WIDTH_PT} × {@value #HEIGHT_PT} points (1/72 inch), so text keeps its point
 * size at any resolution; the PNG is that page area at 300 dpi.
 */
public final class ChartFiles {

    /** Chart width in points. */
    public static final int WIDTH_PT = 480;
    /** Chart height in points. */
    public static final int HEIGHT_PT = 360;
    /** Print resolution of the PNG files. */
    public static final int DPI = 300;
    /** PNG width in pixels. */
    public static final int WIDTH_PX = WIDTH_PT * DPI / 72;
    /** PNG height in pixels. */
    public static final int HEIGHT_PX = HEIGHT_PT * DPI / 72;
    /** The most pixels a side of a PNG has; a larger drawing gets a lower resolution. */
    static final int MAX_PX = 3000;

    private ChartFiles() {
    }

    /** Queues {@code <stem>.png} and {@code <stem>.svg} in {@code dir} on {@code files}. */
    public static void add(AtomicFiles files, Path dir, String stem, JFreeChart chart) {
        add(files, dir, stem, chart, WIDTH_PT, HEIGHT_PT);
    }

    /**
     * Queues {@code <stem>.png} and {@code <stem>.svg} of a drawing {@code width} × {@code height}
     * points large; the PNG at 300 dpi, or less for a drawing that would pass {@value #MAX_PX} pixels
     * a side (a corner plot of many parameters), the resolution recorded in the file either way.
     */
    static void add(AtomicFiles files, Path dir, String stem, Drawable drawing, double width, double height) {
        int dpi = (int) Math.min(DPI, MAX_PX * 72 / Math.max(width, height));
        files.bytes(dir.resolve(stem + ".png"), png(drawing, width, height, dpi));
        files.bytes(dir.resolve(stem + ".svg"), svg(drawing, width, height).getBytes(StandardCharsets.UTF_8));
    }

    /** The chart as PNG at {@code dpi}. */
    public static byte[] png(JFreeChart chart, int dpi) {
        return png(chart, WIDTH_PT, HEIGHT_PT, dpi);
    }

    /** A drawing {@code width} × {@code height} points large as PNG at {@code dpi}. */
    static byte[] png(Drawable chart, double width, double height, int dpi) {
        int w = (int) Math.round(width * dpi / 72);
        int h = (int) Math.round(height * dpi / 72);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(dpi / 72.0, dpi / 72.0);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return encodePng(image, dpi);
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart) {
        return svg(chart, WIDTH_PT, HEIGHT_PT);
    }

    /** A drawing {@code width} × {@code height} points large as an SVG document. */
    static String svg(Drawable chart, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // A hundredth of a point is far below what any screen or printer shows; full doubles triple the file.
        g.setGeomDoubleConverter(ChartFiles::hundredths);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    private static String hundredths(double v) {
        return Double.toString(Math.round(v * 100) / 100.0);
    }

    /** PNG bytes with the resolution in the file (pHYs), so that programs print it at its size. */
    static byte[] encodePng(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            // PNG's own pHYs chunk: the JDK's standard-format pixel size is written inverted.
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, meta));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        } finally {
            writer.dispose();
        }
    }
}
