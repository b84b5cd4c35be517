package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive ({@code ./evofit}), run in a copy of the repository's root with a
 * stand-in {@code java} first on the PATH that records its arguments: the archive is made once per jar by a
 * training run and renamed into place, used by the commands after, made again when the jar changes, and a
 * training run that fails never fails the command; and the JVM options it chooses by command: the Vector API's
 * module only where a reflectivity model may be evaluated, a quick JIT for help and the version. What the
 * launcher does with the streams and signals of the JVM it starts is {@link LauncherStreamsTest}'s.
 */
class LauncherArchiveTest {

    @TempDir
    Path root;

    private LauncherSandbox sandbox;
    private Path jar;
    private Path calls;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        LauncherSandbox sandbox = new LauncherSandbox(root);
        jar = sandbox.jar();
        calls = sandbox.calls();
        this.sandbox = sandbox;
        // The stand-in: logs each call; a training run writes the class list it is asked for, or fails when told to;
        // a dump writes the archive it is asked for.
        sandbox.standIn("java", """
                #!/usr/bin/env bash
                echo "$*" >> "$JAVA_CALLS"
                dump=false
                for a in "$@"; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) [ -n "${FAIL_TRAINING:-}" ] && exit 1; echo classes > "${a#*=}";;
                    -Xshare:dump) dump=true;;
                    -XX:SharedArchiveFile=*) [ "$dump" = true ] && echo archive > "${a#*=}";;
                  esac
                done
                echo ran
                """);
    }

    @Test
    void theFirstCommandMakesTheArchiveAndEveryCommandUsesIt() throws Exception {
        assertThat(launch(false, "--help")).isEqualTo("ran\n");
        assertThat(launch(false, "--version")).isEqualTo("ran\n");

        String[] lines = Files.readString(calls).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("-XX:DumpLoadedClassList=").contains("org.evofit.cli.StartupTraining");
        String list = lines[0].replaceAll(".*-XX:DumpLoadedClassList=(\\S+).*", "$1");
        assertThat(lines[1]).contains("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-cp " + jar);
        String archive = "-XX:SharedArchiveFile=" + jar.resolveSibling("evofit.jsa") + " ";
        assertThat(lines[2]).contains(archive).endsWith("-cp " + jar + " org.evofit.cli.Main --help");
        assertThat(lines[3]).contains(archive).endsWith("-cp " + jar + " org.evofit.cli.Main --version");
        // Written under a temporary name and renamed: nothing else is left next to the jar but the stamp of the java
        // that made the archive, and the class list went with the training run's scratch directory.
        try (var files = Files.list(jar.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("evofit.jar", "evofit.jsa", "evofit.jsa.java");
        }
        assertThat(Path.of(list)).doesNotExist();
    }

    @Test
    void aNewJarGetsANewArchive() throws Exception {
        assertANewArchiveOnceChanged(jar);
    }

    @Test
    void aFailingTrainingRunNeitherFailsTheCommandNorRunsAgainForTheSameJar() throws Exception {
        assertThat(launch(true, "--help")).isEqualTo("ran\n");
        assertThat(launch(true, "--help")).isEqualTo("ran\n");

        String[] lines = Files.readString(calls).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("DumpLoadedClassList");
        assertThat(lines[1]).doesNotContain("SharedArchiveFile").endsWith("-cp " + jar + " org.evofit.cli.Main --help");
        assertThat(lines[2]).doesNotContain("DumpLoadedClassList").doesNotContain("SharedArchiveFile");
        assertThat(jar.resolveSibling("evofit.jsa")).doesNotExist();
    }

    @Test
    void evofitCdsOffRunsWithoutAnArchive() throws Exception {
        ProcessBuilder pb = launcher("--help");
        pb.environment().put("EVOFIT_CDS", "off");
        assertThat(output(pb)).isEqualTo("ran\n");

        assertThat(Files.readString(calls).strip()).doesNotContain("Archive").doesNotContain("ClassList")
                .endsWith("-cp " + jar + " org.evofit.cli.Main --help");
    }

    @Test
    void helpAndTheVersionRunWithoutTheVectorModuleAndWithTheQuickJitAndTheArchiveIsMadeWithoutTheModule() throws Exception {
        launch(false, "--help");
        launch(false, "fit", "--help");
        launch(false, "--version");
        launch(false, "help", "fit");

        String[] lines = Files.readString(calls).split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).doesNotContain("jdk.incubator.vector").contains("StartupTraining");
        assertThat(lines[1]).doesNotContain("jdk.incubator.vector").contains("-Xshare:dump");
        for (int i = 2; i < 6; i++) {
            assertThat(lines[i]).doesNotContain("jdk.incubator.vector").contains("-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void anotherJavaGetsANewArchive() throws Exception {
        // An updated JDK: its java is another file, or the same file replaced (a new modification time).
        assertANewArchiveOnceChanged(root.resolve("bin/java"));
    }

    /** A command, then {@code file} changes: the next command makes the archive again and the one after uses it. */
    private void assertANewArchiveOnceChanged(Path file) throws Exception {
        launch(false, "--help");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        launch(false, "--help");
        launch(false, "--help");

        String[] lines = Files.readString(calls).split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[3]).contains("DumpLoadedClassList");
        assertThat(lines[4]).contains("-Xshare:dump");
        assertThat(lines[5]).contains("SharedArchiveFile").endsWith("--help");
        assertThat(lines[6]).contains("SharedArchiveFile").endsWith("--help");
    }

    @Test
    void aCurveModelIsFittedWithoutTheVectorModuleAndAReflectivityModelWithIt() throws Exception {
        Files.writeString(root.resolve("curve.yaml"), "# peaks\nkind: curve\ncomponents: []\n");
        Files.writeString(root.resolve("film.yaml"), "kind: reflectivity\n");
        for (String[] args : new String[][] {{"fit", "curve.yaml", "--out", "o"}, {"fit", "--quiet", "film.yaml"},
                {"simulate", "--out", "o", "curve.yaml"}, {"status", "--db", "x"}, {"worker"}}) {
            ProcessBuilder pb = launcher(args).directory(root.toFile());
            pb.environment().put("EVOFIT_CDS", "off");
            assertThat(output(pb)).isEqualTo("ran\n");
        }

        String[] lines = Files.readString(calls).split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).doesNotContain("jdk.incubator.vector").endsWith("fit curve.yaml --out o");
        assertThat(lines[1]).contains("--add-modules jdk.incubator.vector").endsWith("fit --quiet film.yaml");
        // The first argument that is not an option is taken for the model: here the output directory, not a curve model.
        assertThat(lines[2]).contains("--add-modules jdk.incubator.vector");
        assertThat(lines[3]).doesNotContain("jdk.incubator.vector");
        assertThat(lines[4]).contains("--add-modules jdk.incubator.vector");
        assertThat(Files.readString(calls)).doesNotContain("TieredStopAtLevel");
    }

    private String launch(boolean failTraining, String... args) throws Exception {
        ProcessBuilder pb = launcher(args);
        if (failTraining) {
            pb.environment().put("FAIL_TRAINING", "1");
        }
        return output(pb);
    }

    private ProcessBuilder launcher(String... args) {
        return sandbox.launcher(args);
    }

    private static String output(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
