package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code evofit simulate --slabs --x} against the ORSO validation suite (copied into core's test resources). */
class SimulateSlabsTest {

    private static final String ORSO = "core/src/test/resources/orso/";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "ORSO test {0}")
    @CsvSource({"test0.layers, test0.dat, 1e-10", "test2.layers, test2.dat, 1e-10",
            "test6.layers, test6.dat, 1e-10", "test0.layers, test4.dat, 5e-4"})
    void slabFilesReproduceTheOrsoReferenceCurves(String layers, String data, double tolerance) throws IOException {
        Path out = tmp.resolve("r.csv");

        Cli.Run run = Cli.run("simulate", "--slabs", Cli.repo(ORSO + layers), "--x", Cli.repo(ORSO + data),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("q,R");
        List<double[]> reference = rows(Path.of(Cli.repo(ORSO + data)));
        assertThat(lines).hasSize(reference.size() + 1);
        double worst = 0;
        for (int i = 0; i < reference.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            assertThat(Double.parseDouble(f[0])).isEqualTo(reference.get(i)[0]);
            worst = Math.max(worst, Math.abs(Double.parseDouble(f[1]) / reference.get(i)[1] - 1));
        }
        assertThat(worst).as("max relative deviation from the ORSO reference").isLessThanOrEqualTo(tolerance);
    }

    @Test
    void aLayerFileWithAMissingColumnOrNegativeThicknessIsBadInput() throws IOException {
        Path missing = tmp.resolve("missing.layers");
        Files.writeString(missing, "0 0 0 0\n20 3.5 0\n0 2.07 0 3\n");
        Path negative = tmp.resolve("negative.layers");
        Files.writeString(negative, "0 0 0 0\n-20 3.5 0 2\n0 2.07 0 3\n");
        String q = Cli.repo(ORSO + "test0.dat");

        Cli.Run a = Cli.run("simulate", "--slabs", missing.toString(), "--x", q, "--out", tmp.resolve("a.csv").toString());
        Cli.Run b = Cli.run("simulate", "--slabs", negative.toString(), "--x", q, "--out", tmp.resolve("b.csv").toString());

        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("missing.layers:2");
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("negative.layers:2");
        assertThat(tmp.resolve("a.csv")).doesNotExist();
        assertThat(tmp.resolve("b.csv")).doesNotExist();
    }

    /**
     * Issue 13, defect 10's class: the --x file was read whole, with no size limit, to count its columns
     * before the loader read it again; a device that never ends must be refused, not read into memory.
     */
    @Test
    void anXFileThatNeverEndsIsRefusedNotReadIntoMemory() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path endless = Files.createSymbolicLink(tmp.resolve("endless.dat"), zero);

        Cli.Run run = Cli.run("simulate", "--slabs", Cli.repo(ORSO + "test0.layers"), "--x", endless.toString(),
                "--out", tmp.resolve("r.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("endless.dat").contains("expected a regular file but found a device");
        assertThat(tmp.resolve("r.csv")).doesNotExist();
    }

    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            out.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
        }
        return out;
    }
}
