package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evofit.report.PdfText;
import org.evofit.wrapper.io.AtomicFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit loop}: exit codes 0, 1 and 2, progress on stderr, resume. */
class LoopCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 1, max: 20}
                    center: {value: 5, min: 3, max: 7}
                    sigma: {value: 1, min: 0.3, max: 2}
                data:
                  - {name: d, file: data/a.dat}
                fom: diff
                optimizer: {population: 12, generations: 20}
                """);
        gaussian(dir.resolve("data/a.dat"), 4.5);
        gaussian(dir.resolve("data/b.dat"), 5.5);
    }

    private static void gaussian(Path file, double center) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 40; i++) {
            double x = i * 0.25;
            sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, 8 * Math.exp(-(x - center) * (x - center) / 1.28)));
        }
        Files.writeString(file, sb.toString());
    }

    private Path sweep(String text) throws IOException {
        return Files.writeString(dir.resolve("sweep.yaml"), text);
    }

    @Test
    void runsTheSweepAndResumesIt() throws IOException {
        Path sweep = sweep("models: model.yaml\ndata: data/*.dat\nseeds: 2\n");
        Path out = dir.resolve("out");
        Cli.Run first = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--jobs", "2");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("4 of 4 runs succeeded (0 resumed)");
        assertThat(first.err()).contains("loop: 4/4 runs done, 0 failed");
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(5);
        assertThat(out.resolve("sweep.json")).isRegularFile();

        Cli.Run again = Cli.run("loop", sweep.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("4 of 4 runs succeeded (4 resumed)");
    }

    @Test
    void anotherSweepFileIntoTheSameDirectoryIsRefusedAndTheFirstOneStillResumes() throws IOException {
        Path first = sweep("models: model.yaml\ndata: data/a.dat\n");
        Path other = Files.writeString(dir.resolve("other.yaml"), "models: model.yaml\ndata: data/b.dat\n");
        Path out = dir.resolve("out");
        assertThat(Cli.run("loop", first.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));

        Cli.Run refused = Cli.run("loop", other.toString(), "--out", out.toString(), "--quiet");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains(other.toAbsolutePath().toString())
                .contains(first.toAbsolutePath().toString()).contains("holds the runs of another sweep file");
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).isEqualTo(summary);
        try (var runs = Files.list(out.resolve("runs"))) {
            assertThat(runs).hasSize(1);
        }
        Cli.Run resumed = Cli.run("loop", first.toString(), "--out", out.toString(), "--quiet");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("1 of 1 runs succeeded (1 resumed)");
    }

    @Test
    void twoDataFilesWithTheSameContentAreTwoRuns() throws IOException {
        Files.copy(dir.resolve("data/a.dat"), dir.resolve("data/c.dat"));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("loop", sweep("models: model.yaml\ndata: data/*.dat\n").toString(), "--out",
                out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 of 3 runs succeeded");
        String summary = Files.readString(out.resolve("summary.csv"));
        for (String name : new String[] {"a.dat", "b.dat", "c.dat"}) {
            assertThat(summary).contains(dir.resolve("data").resolve(name).toString());
        }
        // Each is its own run directory; the same contents and seed fit alike.
        List<String> ids = Files.readAllLines(out.resolve("summary.csv")).stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(3);
        assertThat(out.resolve("runs").resolve(ids.get(2)).resolve("parameters.csv"))
                .hasSameTextualContentAs(out.resolve("runs").resolve(ids.get(0)).resolve("parameters.csv"));

        Cli.Run again = Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", out.toString(), "--quiet");
        assertThat(again.out()).contains("3 of 3 runs succeeded (3 resumed)");
    }

    @Test
    void whatAKilledWriteLeftInARunDirectoryIsGoneAfterTheNextLoop() throws IOException {
        // The state a SIGKILL during a run's write leaves (ResultWriteKillTest kills a real fit there):
        // staged files only, in a run directory with no result. This run is no longer in the sweep.
        Path out = dir.resolve("out");
        Path orphan = Files.createDirectories(out.resolve("runs/0123456789ab").resolve(AtomicFiles.STAGING));
        Files.writeString(orphan.resolve("fit.csv.1.tmp"), "half a file");
        Cli.Run run = Cli.run("loop", sweep("models: model.yaml\ndata: data/a.dat\n").toString(), "--out",
                out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("runs/0123456789ab")).doesNotExist();
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp") || f.contains(AtomicFiles.STAGING));
        }
    }

    @Test
    void aFailedRunGivesExitCodeOne() throws IOException {
        Files.writeString(dir.resolve("data/b.dat"), "not numbers\n");
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("loop", sweep("models: model.yaml\ndata: data/*.dat\n").toString(),
                "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 of 2 runs succeeded");
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(out.resolve("summary.csv"))).contains(",failed,");

        // The sweep's report lists the failed run and gives a page to the finished one only.
        Cli.Run report = Cli.run("report", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        PdfText pdf = PdfText.of(out.resolve("report.pdf"));
        assertThat(pdf.text()).contains("2 runs: 1 finished, 1 failed, 0 not run.", "b.dat failed", "a.dat ok");
        for (String row : Files.readAllLines(out.resolve("summary.csv")).subList(1, 3)) {
            String id = row.substring(0, row.indexOf(','));
            if (row.contains(",ok,")) {
                assertThat(pdf.text()).contains("Run " + id);
            } else {
                assertThat(pdf.text()).doesNotContain("Run " + id);
            }
        }
    }

    @Test
    void aSweepMistakeGivesExitCodeTwoBeforeAnyFit() throws IOException {
        Path sweep = sweep("models: model.yaml\nvary:\n  g.centre: [4, 5]\n");
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("loop", sweep.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sweep.yaml:3:3: unknown parameter 'g.centre'");
        assertThat(out).doesNotExist();

        Cli.Run glob = Cli.run("loop", sweep("models: models/*.yaml\n").toString(), "--out", out.toString());
        assertThat(glob.exitCode()).isEqualTo(2);
        assertThat(glob.err()).contains("sweep.yaml:1:9: the glob 'models/*.yaml' matches no file");

        Cli.Run key = Cli.run("loop", sweep("models: model.yaml\nseed: 3\n").toString(), "--out", out.toString());
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.err()).contains("sweep.yaml:2:1: unknown key 'seed'");
    }
}
