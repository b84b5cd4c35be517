package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesStyleTest {

    /** In black and white only shape and dash tell series apart: the first six differ in both. */
    @Test
    void theFirstSixSeriesDifferInMarkerShapeAndDashPattern() {
        Set<String> shapes = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            shapes.add(outline(SeriesStyle.marker(i)));
            dashes.add(Arrays.toString(((BasicStroke) SeriesStyle.line(i)).getDashArray()));
        }
        assertThat(shapes).hasSize(6);
        assertThat(dashes).hasSize(6);
    }

    private static String outline(java.awt.Shape s) {
        List<String> points = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            points.add(type + ":" + Math.round(c[0] * 10) + "," + Math.round(c[1] * 10));
        }
        return String.join(" ", points);
    }
}
