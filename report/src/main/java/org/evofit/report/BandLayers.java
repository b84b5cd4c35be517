package org.evofit.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.evofit.wrapper.results.BandRow;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Posterior bands drawn under a chart's curves: for each curve the central 95 % interval in a light
 * tint of its colour and the 68 % interval darker over it, without outlines, so that the curve and the
 * data stay readable on top. Only the first curve's bands are named in the legend.
 */
final class BandLayers {

    private static final float ALPHA = 0.45f;
    private static final Rectangle2D SWATCH = new Rectangle2D.Double(-5, -3.5, 10, 7);

    private BandLayers() {
    }

    /**
     * Adds the bands of {@code rows} whose curve is one of {@code curves} (in that order, the chart's
     * series order) to {@code plot} as dataset {@code index}; on a log axis ({@code log}) only points
     * whose band is above zero. Nothing is added when no row matches.
     */
    static void add(XYPlot plot, int index, List<String> curves, List<BandRow> rows, boolean log) {
        YIntervalSeriesCollection set = new YIntervalSeriesCollection();
        for (String curve : curves) {
            YIntervalSeries wide = new YIntervalSeries("posterior 95 %" + suffix(curves, curve), false, true);
            YIntervalSeries narrow = new YIntervalSeries("posterior 68 %" + suffix(curves, curve), false, true);
            for (BandRow r : rows) {
                if (r.curve().equals(curve) && (!log || r.low95() > 0)) {
                    wide.add(r.x(), r.median(), r.low95(), r.high95());
                    narrow.add(r.x(), r.median(), r.low68(), r.high68());
                }
            }
            if (!wide.isEmpty()) {
                set.addSeries(wide);
                set.addSeries(narrow);
            }
        }
        if (set.getSeriesCount() == 0) {
            return;
        }
        DeviationRenderer r = new DeviationRenderer(true, false) {
            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                // The band has no line to show: its legend entry is a swatch of its fill.
                LegendItem item = super.getLegendItem(datasetIndex, series);
                return item == null ? null : new LegendItem(item.getLabel(), null, null, null, SWATCH,
                        lookupSeriesFillPaint(series));
            }
        };
        r.setAlpha(ALPHA);
        for (int s = 0; s < set.getSeriesCount(); s++) {
            int curve = curves.indexOf(curveOf(set.getSeries(s).getKey().toString(), curves));
            Color c = (Color) SeriesStyle.colour(curve);
            r.setSeriesFillPaint(s, tint(c, s % 2 == 0 ? 0.75 : 0.45));
            r.setSeriesPaint(s, tint(c, s % 2 == 0 ? 0.75 : 0.45));
            r.setSeriesLinesVisible(s, false);
            r.setSeriesVisibleInLegend(s, s < 2);
        }
        plot.setDataset(index, set);
        plot.setRenderer(index, r);
    }

    private static String suffix(List<String> curves, String curve) {
        return curves.size() == 1 ? "" : " " + curve;
    }

    private static String curveOf(String key, List<String> curves) {
        return curves.size() == 1 ? curves.get(0) : key.substring("posterior 95 % ".length());
    }

    /** {@code c} mixed with white: {@code f} = 0 is {@code c}, 1 is white. */
    private static Color tint(Color c, double f) {
        return new Color(mix(c.getRed(), f), mix(c.getGreen(), f), mix(c.getBlue(), f));
    }

    private static int mix(int v, double f) {
        return (int) Math.round(v + f * (255 - v));
    }
}
