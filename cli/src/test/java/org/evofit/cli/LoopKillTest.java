package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.evofit.dispatch.AwaitProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit loop} killed with SIGKILL part-way (a separate JVM) and run again finishes with the
 * summary of an uninterrupted run with the same seeds, without refitting the runs that had completed.
 */
class LoopKillTest {

    @TempDir
    Path dir;

    @Test
    void aKilledLoopResumesToTheSameSummaryWithoutRefittingCompletedRuns() throws Exception {
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
                optimizer: {population: 30, generations: 3000}
                """);
        for (int k = 0; k < 3; k++) {
            StringBuilder sb = new StringBuilder();
            double center = 4.5 + 0.5 * k;
            for (int i = 0; i <= 200; i++) {
                double x = i * 0.05;
                sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, 8 * Math.exp(-(x - center) * (x - center) / 1.28)));
            }
            Files.writeString(dir.resolve("data/" + (char) ('a' + k) + ".dat"), sb.toString());
        }
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\ndata: data/*.dat\nseeds: 3\n");
        Path killed = dir.resolve("killed");

        Process loop = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "loop", sweep.toString(), "--out", killed.toString(), "--jobs", "1",
                "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        AwaitProgress.until("three runs are finished", () -> finishedCount(killed) >= 3 || !loop.isAlive(),
                () -> AwaitProgress.files(killed), () -> "");
        assertThat(loop.isAlive()).as("the loop is still running when it is killed").isTrue();
        loop.destroyForcibly();   // SIGKILL: no shutdown hooks, no chance to tidy up
        loop.waitFor();   // SIGKILL cannot be ignored
        Map<Path, FileTime> before = new HashMap<>();
        for (Path result : finished(killed)) {
            before.put(result, Files.getLastModifiedTime(result));
        }
        assertThat(before.size()).isBetween(3, 8);

        Cli.Run resumed = Cli.run("loop", sweep.toString(), "--out", killed.toString(), "--quiet");
        Cli.Run uninterrupted = Cli.run("loop", sweep.toString(), "--out", dir.resolve("whole").toString(), "--quiet");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        assertThat(resumed.out()).contains("9 of 9 runs succeeded (" + before.size() + " resumed)");
        for (Map.Entry<Path, FileTime> e : before.entrySet()) {
            assertThat(Files.getLastModifiedTime(e.getKey())).as("not refitted: " + e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(Files.readString(killed.resolve("summary.csv")))
                .isEqualTo(Files.readString(dir.resolve("whole").resolve("summary.csv")));
    }

    private static int finishedCount(Path out) {
        try {
            return finished(out).size();
        } catch (IOException e) {
            return 0;   // a run directory went away mid-listing: look again
        }
    }

    private static List<Path> finished(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.map(d -> d.resolve("result.json")).filter(Files::isRegularFile).toList();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
