package org.evofit.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.evofit.wrapper.results.BandRow;
import org.evofit.wrapper.sample.PosteriorBands;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a report, built with JFreeChart: a fit (data with error bars, model curve and a
 * residual panel), an SLD profile, the figure of merit's convergence, and a sweep's parameter trends
 * and figure of merit per run. Series differ in marker and dash pattern as well as colour, so that
 * they stay apart when printed in black and white.
 */
public final class Charts {

    private static final float TITLE_SIZE = 12f;
    private static final float LABEL_SIZE = 10f;
    private static final float TICK_SIZE = 8.5f;

    static {
        // JFreeChart draws rotated text (the y axis labels) as glyph outlines by default, a workaround for
        // an old JDK bug; as text it stays text in the PDF and the SVG, searchable and selectable.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /**
     * Data (markers, error bars where the data have errors) and the model curve of every data set,
     * on a log y axis for reflectivity or data spanning decades, with a residual panel below: the
     * residual in units of the error where there are errors, else log10(y/model) on a log plot, else
     * y − model.
     */
    public static JFreeChart fit(RunData run, String title) {
        return fit(run.axes(), run.curves(), title, List.of());
    }

    /**
     * The fit chart of {@code curves} with the posterior bands of their model curves under them
     * (the rows of band.csv; none: no bands).
     */
    static JFreeChart fit(Axes axes, List<CurveData> curves, String title, List<BandRow> bands) {
        boolean log = axes.logY();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYSeriesCollection model = new XYSeriesCollection();
        XYSeriesCollection residuals = new XYSeriesCollection();
        boolean allErrors = curves.stream().allMatch(CurveData::hasErrors);
        boolean single = curves.size() == 1;
        for (CurveData c : curves) {
            String suffix = single ? "" : " " + c.name();
            XYSeries m = new XYSeries("model" + suffix, false, true);
            XYSeries r = new XYSeries("residual" + suffix, false, true);
            for (int i = 0; i < c.x().length; i++) {
                if (!log || c.model()[i] > 0) {
                    m.add(c.x()[i], c.model()[i]);
                }
                double res = residual(c, i, allErrors, log);
                if (Double.isFinite(res)) {
                    r.add(c.x()[i], res);
                }
            }
            data.addSeries(dataSeries(c, "data" + suffix, log));
            model.addSeries(m);
            residuals.addSeries(r);
        }
        NumberAxis x = numberAxis(axes.xLabel());
        ValueAxis y = log ? logAxis(axes.yLabel()) : numberAxis(axes.yLabel());
        XYPlot main = plot(y);
        main.setDataset(0, model);
        main.setRenderer(0, lines(curves.size(), false));
        main.setDataset(1, data);
        main.setRenderer(1, errorBars(curves.size(), false));
        // Dataset 2 is drawn first (JFreeChart draws the highest index first), under data and model.
        BandLayers.add(main, 2, curves.stream().map(CurveData::name).toList(), bands, log);
        String residualLabel = allErrors ? "(y − model)/σ" : log ? "log10(y/model)" : "y − model";
        XYPlot lower = residualPlot(residuals, residualLabel);

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(6);
        combined.add(main, 3);
        combined.add(lower, 1);
        return chart(title, combined, true);
    }

    /** A curve's data points with their error bars; on a log axis, those above zero. */
    private static YIntervalSeries dataSeries(CurveData c, String name, boolean log) {
        YIntervalSeries d = new YIntervalSeries(name, false, true);
        for (int i = 0; i < c.x().length; i++) {
            double y = c.y()[i];
            double e = c.hasErrors() ? c.error()[i] : 0;
            if (log && !(y > 0)) {
                continue; // a log axis cannot show it; the residual panel still does
            }
            double low = y - e;
            // A log axis cannot reach zero: an error bar that would, ends a decade below the point.
            d.add(c.x()[i], y, log && low <= 0 ? y / 10 : low, y + e);
        }
        return d;
    }

    /** The residual panel under the fit: markers only, around a zero line. */
    private static XYPlot residualPlot(XYSeriesCollection residuals, String label) {
        XYPlot lower = plot(numberAxis(label));
        lower.setDataset(residuals);
        XYLineAndShapeRenderer rr = markers(residuals.getSeriesCount());
        for (int i = 0; i < residuals.getSeriesCount(); i++) {
            rr.setSeriesVisibleInLegend(i, false); // the data's legend entry already shows the marker
        }
        lower.setRenderer(rr);
        lower.addRangeMarker(new ValueMarker(0, Color.BLACK, SeriesStyle.thin()));
        return lower;
    }

    private static double residual(CurveData c, int i, boolean byError, boolean log) {
        if (byError) {
            return c.error()[i] > 0 ? c.residual()[i] / c.error()[i] : Double.NaN;
        }
        if (log) {
            return c.y()[i] > 0 && c.model()[i] > 0 ? Math.log10(c.y()[i] / c.model()[i]) : Double.NaN;
        }
        return c.residual()[i];
    }

    /** The SLD profile: real part solid, imaginary part dashed. */
    public static JFreeChart sld(SldData sld, String title) {
        return sld(sld, title, List.of(), PosteriorBands.ONE_SAMPLE);
    }

    /**
     * The SLD profile with the posterior band of its real part under it (the rows of sld-band.csv of
     * {@code sample}, {@value PosteriorBands#ONE_SAMPLE} for a model of one sample; none: no band); a
     * profile without an imaginary part ({@code im} null) shows the real part alone, and a polarised model's
     * shows its magnetic SLD as well, on the same axis.
     */
    static JFreeChart sld(SldData sld, String title, List<BandRow> band, String sample) {
        XYSeriesCollection set = new XYSeriesCollection();
        set.addSeries(series("real SLD", sld.z(), sld.re()));
        if (sld.im() != null) {
            set.addSeries(series("imaginary SLD", sld.z(), sld.im()));
        }
        if (sld.rhoM() != null) {
            set.addSeries(series("magnetic SLD", sld.z(), sld.rhoM()));
        }
        XYPlot plot = plot(numberAxis("SLD (1e-6/Å²)"));
        plot.setDomainAxis(numberAxis("depth z (Å)"));
        plot.setDataset(set);
        plot.setRenderer(lines(set.getSeriesCount(), false));
        BandLayers.add(plot, 1, List.of(sample), band, false);
        return chart(title, plot, true);
    }

    /**
     * The spin asymmetry of the data (points with error bars) and of the model (a line), the legend saying
     * where the R−− channel was interpolated.
     */
    public static JFreeChart spinAsymmetry(SpinAsymmetry sa, String xLabel, String title) {
        YIntervalSeries data = new YIntervalSeries(sa.dataLabel(), false, true);
        XYSeries model = new XYSeries(sa.modelLabel(), false, true);
        for (int i = 0; i < sa.x().length; i++) {
            double e = sa.error() == null ? 0 : sa.error()[i];
            if (Double.isFinite(sa.data()[i]) && Double.isFinite(e)) {
                data.add(sa.x()[i], sa.data()[i], sa.data()[i] - e, sa.data()[i] + e);
            }
            if (Double.isFinite(sa.model()[i])) {
                model.add(sa.x()[i], sa.model()[i]);
            }
        }
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        points.addSeries(data);
        XYPlot plot = plot(numberAxis("(R++ − R−−)/(R++ + R−−)"));
        plot.setDomainAxis(numberAxis(xLabel));
        plot.setDataset(0, new XYSeriesCollection(model));
        plot.setRenderer(0, lines(1, false));
        plot.setDataset(1, points);
        plot.setRenderer(1, errorBars(1, false));
        return chart(title, plot, true);
    }

    /** Best figure of merit per generation, on a log axis when every value is positive. */
    public static JFreeChart convergence(double[] history, String fomName, String title) {
        XYSeries s = new XYSeries("best " + fomName, false, true);
        boolean positive = true;
        for (int g = 0; g < history.length; g++) {
            s.add(g, history[g]);
            positive &= history[g] > 0;
        }
        String label = "best FOM (" + fomName + ")";
        XYPlot plot = plot(positive ? logAxis(label) : numberAxis(label));
        plot.setDomainAxis(numberAxis("generation"));
        plot.setDataset(new XYSeriesCollection(s));
        plot.setRenderer(lines(1, false));
        return chart(title, plot, false);
    }

    /**
     * A sweep's values of one quantity against the sequence value or run index, with error bars
     * where the errors are known (NaN: no bar), points joined in order.
     *
     * @param xLabel what x is: the sequence value or {@code run index}
     * @param yLabel the quantity, with its unit
     * @param log    whether to plot y on a log axis (only when every value is positive)
     */
    public static JFreeChart trend(double[] x, double[] value, double[] error, String xLabel, String yLabel,
                                   boolean log, String title) {
        YIntervalSeries s = new YIntervalSeries(yLabel, false, true);
        boolean positive = true;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(value[i])) {
                double e = Double.isFinite(error[i]) ? error[i] : 0;
                s.add(x[i], value[i], value[i] - e, value[i] + e);
                positive &= value[i] - e > 0;
            }
        }
        YIntervalSeriesCollection set = new YIntervalSeriesCollection();
        set.addSeries(s);
        XYPlot plot = plot(log && positive ? logAxis(yLabel) : numberAxis(yLabel));
        plot.setDomainAxis(numberAxis(xLabel));
        plot.setDataset(set);
        plot.setRenderer(errorBars(1, true));
        return chart(title, plot, false);
    }

    private static XYPlot plot(ValueAxis y) {
        XYPlot plot = new XYPlot();
        plot.setRangeAxis(y);
        plot.setDomainAxis(numberAxis("x"));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setOutlinePaint(Color.BLACK);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        style(a);
        return a;
    }

    private static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setSmallestValue(1e-300);
        // Whole decades only: 10^-2.5 is not a tick anyone reads easily.
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(a);
        return a;
    }

    private static void style(ValueAxis a) {
        a.setLabelFont(ReportFonts.regular(LABEL_SIZE));
        a.setTickLabelFont(ReportFonts.regular(TICK_SIZE));
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int k = 0; k < x.length; k++) {
            s.add(x[k], y[k]);
        }
        return s;
    }

    private static XYLineAndShapeRenderer lines(int series, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, SeriesStyle.colour(i));
            r.setSeriesStroke(i, SeriesStyle.line(i));
            r.setSeriesShape(i, SeriesStyle.marker(i));
        }
        return r;
    }

    private static XYLineAndShapeRenderer markers(int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        shapes(r, series);
        return r;
    }

    private static XYErrorRenderer errorBars(int series, boolean joined) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setCapLength(3);
        r.setDefaultLinesVisible(joined);
        shapes(r, series);
        for (int i = 0; i < series; i++) {
            r.setSeriesLinesVisible(i, joined);
            r.setSeriesStroke(i, joined ? SeriesStyle.line(i) : SeriesStyle.thin());
        }
        r.setErrorStroke(SeriesStyle.thin());
        return r;
    }

    private static void shapes(XYLineAndShapeRenderer r, int series) {
        r.setUseOutlinePaint(false);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, SeriesStyle.lightColour(i));
            r.setSeriesShape(i, SeriesStyle.marker(i));
            r.setSeriesShapesVisible(i, true);
            r.setSeriesShapesFilled(i, !SeriesStyle.outlined(i));
            r.setSeriesStroke(i, SeriesStyle.thin());
        }
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        Font titleFont = ReportFonts.bold(TITLE_SIZE);
        JFreeChart chart = new JFreeChart(title, titleFont, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(ReportFonts.regular(TICK_SIZE));
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }
}
