package org.evofit.wrapper.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The instrument sample files under the test resources' {@code formats/} and what GenX's loaders read
 * from each ({@code formats/ref/FILE.0.csv}: x, y, error[, res]; {@code FILE.0.extra.csv}: other per-point
 * arrays), compared with what a format reads.
 */
public final class FormatSamples {

    /** Relative agreement the formats must reach with GenX's values. */
    public static final double TOLERANCE = 1e-9;

    private FormatSamples() {
    }

    /** The sample file {@code name}. */
    public static Path sample(String name) {
        try {
            return Path.of(FormatSamples.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A copy of the sample {@code name} in {@code directory} under {@code newName}, its text changed by
     * {@code change}: how a test makes a bad or unusual file of a format from a good one.
     */
    public static Path variant(Path directory, String name, String newName, UnaryOperator<String> change) {
        try {
            String text = Files.readString(sample(name), StandardCharsets.UTF_8);
            return Files.writeString(directory.resolve(newName), change.apply(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code columns} (each one array, all of one length) as column text, one row per point, so a
     * test can read the numbers a format read through column text instead.
     */
    public static Path columnText(Path file, double[]... columns) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns[0].length; i++) {
            for (int c = 0; c < columns.length; c++) {
                text.append(c == 0 ? "" : " ").append(columns[c][i]);
            }
            text.append('\n');
        }
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code curve} has GenX's x, y, error and resolution (when its reference has a res
     * column; none otherwise) for the sample {@code name}, and its extra arrays when the reference has some.
     */
    public static void assertMatchesReference(LoadedCurve curve, String name) {
        Map<String, double[]> main = readCsv(sample("ref/" + name + ".0.csv"));
        assertClose(curve.x(), main.get("x"), "x");
        assertClose(curve.y(), main.get("y"), "y");
        assertClose(curve.error(), main.get("error"), "error");
        if (main.containsKey("res")) {
            assertClose(curve.resolution(), main.get("res"), "res");
        } else {
            assertThat(curve.resolution()).as("res").isNull();
        }
        Path extraFile = sample("ref").resolve(name + ".0.extra.csv");
        if (Files.exists(extraFile)) {
            Map<String, double[]> extra = readCsv(extraFile);
            assertThat(curve.extra().keySet()).containsExactlyInAnyOrderElementsOf(extra.keySet());
            extra.forEach((key, values) -> assertClose(curve.extra().get(key), values, key));
        }
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e)) {
                assertThat(a).as("%s[%d]", what, i).isNaN();
            } else {
                assertThat(Math.abs(a - e)).as("%s[%d] = %s, GenX %s", what, i, a, e)
                        .isLessThanOrEqualTo(TOLERANCE * Math.abs(e));
            }
        }
    }

    private static Map<String, double[]> readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] names = lines.get(0).split(",");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            double[] row = new double[names.length];
            for (int c = 0; c < names.length; c++) {
                row[c] = fields[c].equals("nan") ? Double.NaN : Double.parseDouble(fields[c]);
            }
            rows.add(row);
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            int column = c;
            columns.put(names[c], rows.stream().mapToDouble(row -> row[column]).toArray());
        }
        return columns;
    }
}
