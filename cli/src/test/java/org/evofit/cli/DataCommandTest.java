package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit data}: every sample data file the project keeps (wrapper's formats/ and ort/ test resources,
 * so the instrument samples are covered as they are added) is read with exit 0 and described; written as CSV
 * or .ort, the curves read back as the same doubles; a bad file is FILE:LINE, exit 2, nothing written.
 */
class DataCommandTest {

    @TempDir
    Path dir;

    private static List<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("wrapper/src/test/resources/formats", "wrapper/src/test/resources/ort")) {
            try (Stream<Path> list = Files.list(Path.of(Cli.repo(folder)))) {
                list.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".yaml")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void describesEverySampleFileAsTheFormatReadsIt() throws IOException {
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        for (Path sample : samples) {
            Cli.Run run = Cli.run("data", sample.toString());

            assertThat(run.exitCode()).as(sample + ": " + run.err()).isZero();
            LoadedFile loaded = DataFormats.read(sample, null, ReadOptions.DEFAULTS);
            assertThat(run.out()).as(sample.toString()).contains("format: " + loaded.format(),
                    "curves: " + loaded.curves().size());
            for (LoadedCurve c : loaded.curves()) {
                assertThat(run.out()).as(sample.toString()).contains("'" + c.name() + "': " + c.size() + " points");
            }
            loaded.notes().forEach(n -> assertThat(run.out()).contains("  - " + n));
        }
    }

    @Test
    void theAngleDispersiveGenxFileIsDescribedWithWhatWasAssumed() {
        Cli.Run run = Cli.run("data", Cli.repo("wrapper/src/test/resources/formats/genx_angle_dispersive.ort"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        // As GUIDE.md shows it.
        assertThat(run.out()).endsWith("""
                format: ort
                curves: 1
                curve 0 '0': 12 points
                  x: 2theta (deg), 0.2 to 3.5
                  y: 1 point nan (not measured), kept
                  error: 1 sigma; 1 point nan (unknown), kept
                  resolution: none
                  wavelength: 1.5406 angstrom
                  channel: unpolarised
                notes:
                  - angle-dispersive layout: the first column tth is 2theta in degrees, not Qz
                  - the third column 'sI' is taken as the 1-sigma error of I (GenX reads columns 0, 1, 2 as x, y, error)
                """);
    }

    @Test
    void csvAndOrtReadBackAsTheSameCurves() throws IOException {
        for (Path sample : samples()) {
            LoadedFile loaded = DataFormats.read(sample, null, ReadOptions.DEFAULTS);
            LoadedCurve first = loaded.curves().get(0);
            Path csv = dir.resolve(sample.getFileName() + ".csv");

            Cli.Run run = Cli.run("data", sample.toString(), "--data-set", first.name(), "--csv", csv.toString());

            assertThat(run.exitCode()).as(sample + ": " + run.err()).isZero();
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(first.size() + 1);
            for (int i = 0; i < first.size(); i++) {
                String[] f = lines.get(i + 1).split(",");
                // Double.valueOf: NaN (written NaN) equals NaN, as a file's unmeasured points must read back.
                assertThat(Double.valueOf(f[0])).isEqualTo(Double.valueOf(first.x()[i]));
                assertThat(Double.valueOf(f[1])).isEqualTo(Double.valueOf(first.y()[i]));
            }
            if (loaded.curves().stream().anyMatch(c -> c.axis() == org.evofit.wrapper.data.XAxis.UNKNOWN)) {
                continue;
            }
            Path ort = dir.resolve(sample.getFileName() + ".out.ort");
            Cli.Run toOrt = Cli.run("data", sample.toString(), "--ort", ort.toString());
            assertThat(toOrt.exitCode()).as(sample + ": " + toOrt.err()).isZero();
            LoadedFile back = DataFormats.read(ort, null, ReadOptions.DEFAULTS);
            assertThat(back.curves()).hasSameSizeAs(loaded.curves());
            for (int k = 0; k < loaded.curves().size(); k++) {
                LoadedCurve a = loaded.curves().get(k);
                LoadedCurve b = back.curves().get(k);
                assertThat(b.axis()).as(sample.toString()).isEqualTo(a.axis());
                assertThat(b.x()).as(sample.toString()).containsExactly(a.x());
                assertThat(b.y()).as(sample.toString()).containsExactly(a.y());
                if (a.error() != null) {
                    assertThat(b.error()).as(sample.toString()).containsExactly(a.error());
                }
                if (a.resolution() != null) {
                    assertThat(b.resolution()).as(sample.toString()).containsExactly(a.resolution());
                }
            }
        }
    }

    @Test
    void aBadFileIsItsLineExitTwoAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.dat");
        Files.writeString(bad, "0.1 1\n0.2 x\n");
        Path csv = dir.resolve("out.csv");

        Cli.Run run = Cli.run("data", bad.toString(), "--csv", csv.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(bad + ":2:");
        assertThat(csv).doesNotExist();
    }

    @Test
    void anUnknownFormatNameListsTheFormats() {
        Cli.Run run = Cli.run("data", Cli.repo("wrapper/src/test/resources/ort/example.ort"), "--format", "orso");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("unknown data format 'orso'; expected one of " + String.join(", ",
                DataFormats.names()));
    }
}
