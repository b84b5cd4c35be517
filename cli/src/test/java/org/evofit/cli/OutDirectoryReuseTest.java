package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fit written into a reused {@code --out} replaces the earlier run's files as a whole: a run
 * directory holds one run (the user's own files in it are kept), and its files get the permissions
 * any file the user creates gets (the umask), not a temporary file's 0600.
 */
class OutDirectoryReuseTest {

    @TempDir
    Path dir;

    @Test
    void aCurveFitIntoAReflectivityFitsDirectoryLeavesNoSldFileChartOrReport() throws Exception {
        Path out = dir.resolve("out");
        Cli.Run xray = Cli.run("fit", Cli.repo("examples/xray-multilayer/model.yaml"), "--out", out.toString(),
                "--quiet", "--generations", "2", "--report");
        assertThat(xray.exitCode()).as(xray.err()).isZero();
        assertThat(out.resolve("sld.csv")).exists();
        assertThat(out.resolve("charts/sld.png")).exists();
        Files.writeString(out.resolve("notes.txt"), "the user's own file\n");

        Cli.Run peaks = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", out.toString(), "--quiet",
                "--generations", "2");
        assertThat(peaks.exitCode()).as(peaks.err()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder("result.json", "fit.csv", "parameters.csv", "history.csv",
                "model.json", "notes.txt");

        Cli.Run report = Cli.run("report", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(names(out.resolve("charts"))).isNotEmpty().noneMatch(n -> n.startsWith("sld"));
    }

    @Test
    void resultFilesHonourTheUmask() throws Exception {
        Files.createDirectories(dir);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Assumptions.assumeTrue(usual.contains(PosixFilePermission.GROUP_READ),
                "the umask must let the group read for a difference from 0600 to show");
        Path out = dir.resolve("out");
        Cli.Run fit = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", out.toString(), "--quiet",
                "--generations", "2", "--report");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual);
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
