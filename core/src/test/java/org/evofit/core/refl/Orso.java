package org.evofit.core.refl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The ORSO validation files copied into the test resources, and the deviation measure used on them. */
final class Orso {

    private Orso() {
    }

    /** The text of a resource under /orso. */
    static String text(String name) {
        try (InputStream in = Orso.class.getResourceAsStream("/orso/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /orso/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stack of a {@code .layers} resource. */
    static SlabStack stack(String name) {
        return SlabStack.fromLayers(LayersFile.parse(text(name), name));
    }

    /** The columns of a {@code .dat} resource: result[c][i] is column c of row i. */
    static double[][] columns(String name) {
        return columnsOf(text(name));
    }

    /** The columns of the text of a {@code .dat} file: result[c][i] is column c of row i. */
    static double[][] columnsOf(String text) {
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] words = content.split("\\s+");
            double[] row = new double[words.length];
            for (int c = 0; c < words.length; c++) {
                row[c] = Double.parseDouble(words[c]);
            }
            rows.add(row);
        }
        double[][] cols = new double[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < cols.length; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return cols;
    }

    /** The largest |actual − expected| / |expected| over all points. */
    static double maxRelativeDeviation(double[] actual, double[] expected) {
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]);
            max = Math.max(max, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
        }
        return max;
    }

    /** The index of the largest relative deviation, for messages. */
    static int worstIndex(double[] actual, double[] expected) {
        int worst = 0;
        double max = -1;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]);
            if (Double.isNaN(d) || d > max) {
                max = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
                worst = i;
            }
        }
        return worst;
    }
}
