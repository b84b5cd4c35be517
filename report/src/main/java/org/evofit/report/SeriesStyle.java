package org.evofit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Styles that keep series apart when a chart is printed in black and white: each series has its own
 * marker shape and line dash pattern as well as its own (dark, print-safe) colour.
 */
final class SeriesStyle {

    private static final Color[] COLOURS = {
        new Color(0x00, 0x00, 0x00), new Color(0x1f, 0x4e, 0x9a), new Color(0xb2, 0x22, 0x22),
        new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a), new Color(0x8d, 0x6e, 0x00),
    };
    private static final float[][] DASHES = {
        null, {6f, 3f}, {1.5f, 2.5f}, {7f, 2.5f, 1.5f, 2.5f}, {10f, 4f}, {3f, 3f},
    };
    private static final float LINE_WIDTH = 1.2f;
    private static final double MARKER = 4.5;

    private SeriesStyle() {
    }

    static Paint colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    /** A lighter tint of the series colour, for data drawn under a model curve. */
    static Paint lightColour(int series) {
        Color c = COLOURS[series % COLOURS.length];
        return new Color((c.getRed() + 2 * 0x80) / 3, (c.getGreen() + 2 * 0x80) / 3, (c.getBlue() + 2 * 0x80) / 3);
    }

    static Stroke line(int series) {
        float[] dash = DASHES[series % DASHES.length];
        return dash == null ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    static Stroke thin() {
        return new BasicStroke(0.6f);
    }

    /** Open circle, square, triangle, diamond, cross, downward triangle, in turn. */
    static Shape marker(int series) {
        double s = MARKER;
        double h = s / 2;
        return switch (series % 6) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h, -h, s, s);
            case 2 -> polygon(0, -h, h, h, -h, h);
            case 3 -> polygon(0, -h, h, 0, 0, h, -h, 0);
            case 4 -> cross(h);
            default -> polygon(-h, -h, h, -h, 0, h);
        };
    }

    /** Whether the series' marker is drawn as an outline (filled markers hide error bars). */
    static boolean outlined(int series) {
        return series % 6 != 4;
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static Shape cross(double h) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-h, -h);
        p.lineTo(h, h);
        p.moveTo(-h, h);
        p.lineTo(h, -h);
        return p;
    }
}
