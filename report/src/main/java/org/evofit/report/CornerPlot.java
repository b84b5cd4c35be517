package org.evofit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Align;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A corner plot of posterior samples, drawn with JFreeChart plots laid out in a triangle: each
 * parameter's 1-D histogram on the diagonal, each pair's 2-D density (a shaded 2-D histogram, {@link DensityImage}) below it,
 * the MAP sample marked by solid red lines and the medians by dashed black ones. Parameter names and
 * units label the bottom row and the left column only, and every cell of a column shares its x range
 * (and of a row its y range), so that the cells line up. It is drawn into any {@code Graphics2D} (PNG,
 * SVG, PDF) at {@link #width()} × {@link #height()} points.
 */
public final class CornerPlot implements Drawable {

    private static final int BINS = 30;
    private static final int BINS_2D = 24;
    private static final double LEFT = 62;
    private static final double BOTTOM = 54;
    private static final double TOP = 22;
    private static final double RIGHT = 10;
    private static final double GAP = 3;
    private static final float LABEL = 7.5f;
    private static final float TICKS = 6f;
    private static final Color MAP = new Color(0xc6, 0x28, 0x28);
    private static final Color BAR = new Color(0x9e, 0xb3, 0xd1);
    private static final Stroke MEDIAN = new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 2f}, 0f);

    static {
        // As in Charts: the y labels stay text (searchable in the SVG and the PDF), not glyph outlines, also
        // when a corner plot is the first drawing made.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final CornerData data;

    CornerPlot(CornerData data) {
        this.data = data;
    }

    /** The side of a cell in points: smaller for many parameters, so that the plot stays on a page. */
    public double cell() {
        return Math.max(64, Math.min(120, 720.0 / data.dimension()));
    }

    /** The plot's width in points. */
    public double width() {
        return LEFT + RIGHT + data.dimension() * cell();
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int n = data.dimension();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            // JFreeChart's plots restore the stroke-control hint they find, which must therefore be set (an
            // SVG or PDF Graphics2D starts without it); JFreeChart.draw sets these for its own charts.
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.translate(area.getX(), area.getY());
            g2.scale(area.getWidth() / width(), area.getHeight() / height());
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle2D.Double(0, 0, width(), height()));
            g2.setPaint(Color.BLACK);
            g2.setFont(ReportFonts.regular(8f));
            g2.drawString("Posterior of " + data.samples()[0].length + " samples: histograms, 2-D densities;"
                    + " solid red: MAP, dashed: median", (float) LEFT, (float) (TOP - 8));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    cellPlot(i, j).draw(g2, cellArea(i, j), null, null, null);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /** The plot's height in points: the cells, the title line above, the axes below. */
    public double height() {
        return TOP + BOTTOM + data.dimension() * cell();
    }

    /** The area a cell's plot is drawn into: the cell, reaching into the margins for edge cells' axes. */
    private Rectangle2D cellArea(int i, int j) {
        double c = cell();
        double x = LEFT + j * c + GAP / 2;
        double y = TOP + i * c + GAP / 2;
        double w = c - GAP;
        double h = c - GAP;
        if (j == 0) {
            x -= LEFT - GAP / 2;
            w += LEFT - GAP / 2;
        }
        if (i == data.dimension() - 1) {
            h += BOTTOM - GAP / 2;
        }
        return new Rectangle2D.Double(x, y, w, h);
    }

    private XYPlot cellPlot(int i, int j) {
        int n = data.dimension();
        XYPlot plot = new XYPlot();
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainAxis(axis(data.labels().get(j), data.range(j), i == n - 1));
        AxisSpace left = new AxisSpace();
        left.setLeft(j == 0 ? LEFT - GAP / 2 : 0);
        plot.setFixedRangeAxisSpace(left);
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(i == n - 1 ? BOTTOM - GAP / 2 : 0);
        plot.setFixedDomainAxisSpace(bottom);
        mark(plot, j, true);
        if (i == j) {
            histogram(plot, j);
        } else {
            plot.setRangeAxis(axis(data.labels().get(i), data.range(i), j == 0));
            density(plot, i, j);
            mark(plot, i, false);
        }
        return plot;
    }

    private static NumberAxis axis(String label, double[] range, boolean visible) {
        NumberAxis a = new NumberAxis(label);
        a.setRange(range[0], range[1]);
        a.setLabelFont(ReportFonts.regular(LABEL));
        a.setTickLabelFont(ReportFonts.regular(TICKS));
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setVisible(visible);
        return a;
    }

    private void histogram(XYPlot plot, int d) {
        HistogramDataset h = new HistogramDataset();
        double[] range = data.range(d);
        h.addSeries("samples", data.samples()[d], BINS, range[0], range[1]);
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, BAR);
        r.setDrawBarOutline(false);
        plot.setDataset(h);
        plot.setRenderer(r);
        NumberAxis counts = new NumberAxis();
        counts.setVisible(false);
        counts.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(counts);
    }

    /**
     * The pair's 2-D histogram as the cell's background image (see {@link DensityImage}), its bins
     * those of the axes' ranges.
     */
    private void density(XYPlot plot, int i, int j) {
        double[] rx = data.range(j);
        double[] ry = data.range(i);
        int[][] counts = new int[BINS_2D][BINS_2D];
        double[] xs = data.samples()[j];
        double[] ys = data.samples()[i];
        for (int k = 0; k < xs.length; k++) {
            counts[bin(xs[k], rx)][bin(ys[k], ry)]++;
        }
        plot.setBackgroundImage(DensityImage.of(counts));
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        // The MAP sample as a point; a plot without data would not draw its markers either.
        XYSeries point = new XYSeries("MAP");
        point.add(data.map()[j], data.map()[i]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, MAP);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        plot.setDataset(new XYSeriesCollection(point));
        plot.setRenderer(r);
    }

    private static int bin(double v, double[] range) {
        return Math.min(BINS_2D - 1, Math.max(0, (int) ((v - range[0]) / (range[1] - range[0]) * BINS_2D)));
    }

    /** The MAP (solid red) and median (dashed) of parameter {@code d} along the domain or range axis. */
    private void mark(XYPlot plot, int d, boolean domain) {
        ValueMarker map = new ValueMarker(data.map()[d], MAP, new BasicStroke(0.9f));
        ValueMarker median = new ValueMarker(data.median()[d], Color.BLACK, MEDIAN);
        if (domain) {
            plot.addDomainMarker(median, org.jfree.chart.ui.Layer.FOREGROUND);
            plot.addDomainMarker(map, org.jfree.chart.ui.Layer.FOREGROUND);
        } else {
            plot.addRangeMarker(median, org.jfree.chart.ui.Layer.FOREGROUND);
            plot.addRangeMarker(map, org.jfree.chart.ui.Layer.FOREGROUND);
        }
    }
}
