package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit simulate --slabs FILE.layers --x FILE --aguide DEG --field TESLA} on a polarised slab
 * file: the ORSO polarised test1 (copied into core's test resources) through the command, and its
 * refusals.
 */
class SimulatePolarisedSlabsTest {

    private static final String ORSO = "core/src/test/resources/orso-polarised/";

    @TempDir
    Path tmp;

    @Test
    void test1ThroughTheCommandGivesAllFourChannels() throws IOException {
        Path out = tmp.resolve("r.csv");

        Cli.Run run = Cli.run("simulate", "--slabs", Cli.repo(ORSO + "test1.layers"), "--x",
                Cli.repo(ORSO + "test1.dat"), "--aguide", "90", "--field", "0", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("q,R--,R-+,R+-,R++");
        List<double[]> reference = rows(Path.of(Cli.repo(ORSO + "test1.dat")));
        assertThat(lines).hasSize(reference.size() + 1);
        double worst = 0;
        for (int i = 0; i < reference.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            assertThat(f).hasSize(5);
            assertThat(Double.parseDouble(f[0])).isEqualTo(reference.get(i)[0]);
            for (int c = 1; c < 5; c++) {
                double expected = reference.get(i)[c];
                double actual = Double.parseDouble(f[c]);
                worst = Math.max(worst, expected > 1e-12 ? Math.abs(actual / expected - 1)
                        : Math.abs(actual - expected) / 1e-16 * 1e-10);
            }
        }
        assertThat(worst).as("worst deviation from the ORSO reference over the four channels")
                .isLessThanOrEqualTo(1e-10);
    }

    @Test
    void aFieldTurnsTheSpinFlipChannelsApart() throws IOException {
        Path still = tmp.resolve("still.csv");
        Path split = tmp.resolve("split.csv");
        String layers = Cli.repo(ORSO + "test1.layers");
        String q = Cli.repo(ORSO + "test1.dat");

        assertThat(Cli.run("simulate", "--slabs", layers, "--x", q, "--aguide", "90", "--out", still.toString())
                .exitCode()).isZero();
        assertThat(Cli.run("simulate", "--slabs", layers, "--x", q, "--aguide", "90", "--field", "1", "--out",
                split.toString()).exitCode()).isZero();

        assertThat(largestSpinFlipSplit(still)).isLessThan(1e-9);
        assertThat(largestSpinFlipSplit(split)).isGreaterThan(0.01);
    }

    @Test
    void badRowsAndMisplacedOptionsAreRefusedWithNothingWritten() throws IOException {
        Path shortRow = tmp.resolve("short.layers");
        Files.writeString(shortRow, "0 0 0 90 0 0\n200 4 0 180 1\n0 4 0 90 0 0\n");
        Path word = tmp.resolve("word.layers");
        Files.writeString(word, "0 0 0 90 0 0\n200 4 0 east 1 0\n0 4 0 90 0 0\n");
        Path plain = tmp.resolve("plain.layers");
        Files.writeString(plain, "0 0 0 0\n20 3.5 0 2\n0 2.07 0 3\n");
        String q = Cli.repo(ORSO + "test1.dat");
        Path out = tmp.resolve("out.csv");

        Cli.Run a = Cli.run("simulate", "--slabs", shortRow.toString(), "--x", q, "--out", out.toString());
        Cli.Run b = Cli.run("simulate", "--slabs", word.toString(), "--x", q, "--out", out.toString());
        Cli.Run c = Cli.run("simulate", "--slabs", plain.toString(), "--x", q, "--aguide", "90", "--out",
                out.toString());
        Cli.Run e = Cli.run("simulate", "--slabs", Cli.repo(ORSO + "test1.layers"), "--x", q, "--field", "NaN",
                "--out", out.toString());

        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("short.layers:2").contains("expected 6 columns");
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("word.layers:2").contains("thetaM").contains("'east'");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("plain.layers").contains("--aguide and --field apply to a polarised");
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.err()).contains("finite");
        assertThat(out).doesNotExist();
    }

    private static double largestSpinFlipSplit(Path csv) throws IOException {
        double largest = 0;
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double mp = Double.parseDouble(f[2]);
            double pm = Double.parseDouble(f[3]);
            largest = Math.max(largest, Math.abs(mp - pm) / Math.max(mp, pm));
        }
        return largest;
    }

    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            double[] row = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                row[i] = Double.parseDouble(f[i]);
            }
            out.add(row);
        }
        return out;
    }
}
