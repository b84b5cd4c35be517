package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evofit.wrapper.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evofit fit} killed with SIGKILL (a separate JVM) while its result files are being written
 * leaves no temporary file beside the results, and the rerun into the same {@code --out} removes what
 * the killed write staged: the directory then holds the rerun's files and nothing else. The kill is
 * real, not simulated: the test waits for the first staged file to appear (the write has begun) and
 * kills then; a 2-million-point data set makes fit.csv about 100 MB, so the write lasts long enough.
 */
class ResultWriteKillTest {

    @TempDir
    Path dir;

    @Test
    void aKillDuringTheResultWriteLeavesNothingARerunDoesNotClean() throws Exception {
        Path data = dir.resolve("big.dat");
        try (BufferedWriter w = Files.newBufferedWriter(data)) {
            for (int i = 0; i < 2_000_000; i++) {
                double x = i * 5e-6;
                w.write(String.format(Locale.ROOT, "%.6f %.6f%n", x, 3 + 8 * Math.exp(-(x - 5) * (x - 5) / 2)));
            }
        }
        Path model = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 8, min: 1, max: 20}, center: {value: 5, min: 3, max: 7},
                     sigma: {value: 1, min: 0.3, max: 2}}
                  - {name: b, kind: constant, value: {value: 3, min: 0, max: 5}}
                data:
                  - {name: d, file: big.dat}
                fom: diff
                optimizer: {population: 8, generations: 1}
                """);
        Path out = dir.resolve("out");
        Path staging = out.resolve(AtomicFiles.STAGING);

        Process fit = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "fit", model.toString(), "--out", out.toString(), "--quiet", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        // The event: the first staged file exists, i.e. the result write has begun.
        while (fit.isAlive() && stagedFiles(staging).isEmpty()) {
            Thread.sleep(2);
        }
        assertThat(fit.isAlive()).as("the fit is still writing when it is killed: " + Files.readString(
                dir.resolve("killed.log"))).isTrue();
        fit.destroyForcibly();   // SIGKILL: no shutdown hooks, no chance to tidy up
        assertThat(fit.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(regularFiles(out)).as("no result file and no temporary file beside the results")
                .allMatch(p -> p.startsWith(staging));

        Cli.Run rerun = Cli.run("fit", model.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(staging).doesNotExist();
        assertThat(regularFiles(out)).map(p -> out.relativize(p).toString()).containsExactlyInAnyOrder(
                "result.json", "fit.csv", "parameters.csv", "history.csv", "model.json");
    }

    private static List<Path> stagedFiles(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
