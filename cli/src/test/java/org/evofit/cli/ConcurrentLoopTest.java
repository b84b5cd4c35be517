package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.LocalRecorder;
import org.evofit.dispatch.RunRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code evofit loop} on the same {@code --out}: the second, started while the first runs (in
 * another process), is refused with a message naming that process, and every run is computed once.
 */
class ConcurrentLoopTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLoopIntoTheSameDirectoryIsRefusedAndEveryRunIsComputedOnce() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 10, min: 1, max: 20}, center: {value: 5, min: 3, max: 7},
                     sigma: {value: 1, min: 0.3, max: 2}}
                data:
                  - {name: d, file: data/a.dat}
                fom: diff
                optimizer: {population: 20, generations: 400}
                """);
        for (int k = 0; k < 3; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= 200; i++) {
                double x = i * 0.05;
                double c = 4.5 + 0.5 * k;
                sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, 8 * Math.exp(-(x - c) * (x - c) / 1.28)));
            }
            Files.writeString(dir.resolve("data/" + (char) ('a' + k) + ".dat"), sb.toString());
        }
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\ndata: data/*.dat\nseeds: 2\n");
        Path out = dir.resolve("out");
        Process first = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "loop", sweep.toString(), "--out",
                out.toString(), "--jobs", "1", "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        try {
            // The event: the first loop holds the directory (its lock file names its process).
            String holder = "process " + first.pid();
            while (first.isAlive() && !lockHolder(out).equals(holder)) {
                Thread.sleep(5);
            }
            assertThat(first.isAlive()).as("the first loop is still running").isTrue();

            Cli.Run second = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");
            assertThat(second.exitCode()).isEqualTo(Main.FAILURE);
            assertThat(second.err()).contains("another evofit loop (" + holder + ") is running into " + out);
            assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isZero();
        } finally {
            first.destroyForcibly();
        }
        try (Database db = Database.openExisting(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1)) {
            List<RunRow> runs = db.store().queue().runs(LocalRecorder.SWEEP);
            assertThat(runs).hasSize(6).allSatisfy(r -> assertThat(r.attempts()).as(r.id()).isEqualTo(1));
        }
        // Once the first has ended, the directory is free again.
        Cli.Run after = Cli.run("loop", sweep.toString(), "--out", out.toString(), "--quiet");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("6 of 6 runs succeeded (6 resumed)");
    }

    private static String lockHolder(Path out) throws IOException {
        Path file = out.resolve(".evofit-loop.lock");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    }
}
