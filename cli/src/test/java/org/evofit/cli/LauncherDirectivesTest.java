package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's compiler directives (C2 kept off start-up library code): passed to fit, sample and simulate once
 * the java has been seen to start with them, never to help or the long-running verbs, and never failing a command
 * when the java refuses them. The committed file itself is checked with the real JVM: it starts with it and prints
 * nothing.
 */
class LauncherDirectivesTest {

    private static final String DIRECTIVES = "-XX:CompilerDirectivesFile=";

    @TempDir
    Path root;

    private LauncherSandbox sandbox;

    @BeforeEach
    void copyTheLauncherAndTheDirectives() throws IOException {
        sandbox = new LauncherSandbox(root);
        Files.copy(Path.of(Cli.repo("cli/start-up-directives.json")), root.resolve("cli/start-up-directives.json"));
        // The stand-in logs each call and, told to, refuses the directives as a JVM without them would.
        sandbox.standIn("java", """
                #!/usr/bin/env bash
                echo "$*" >> "$JAVA_CALLS"
                case "$*" in *CompilerDirectivesFile*-version) [ -n "${REFUSE:-}" ] && exit 1;; esac
                echo ran
                """);
    }

    @Test
    void fitsSamplesAndSimulationsGetThemOnceCheckedAndOtherCommandsNever() throws Exception {
        for (String[] args : List.of(new String[] {"fit", "m.yaml", "--out", "o"}, new String[] {"sample", "m.yaml"},
                new String[] {"fit", "--help"}, new String[] {"worker"}, new String[] {"simulate", "m.yaml"})) {
            assertThat(launch(false, args)).isEqualTo("ran\n");
        }

        String[] lines = Files.readString(sandbox.calls()).split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).contains("-XX:+UnlockDiagnosticVMOptions", DIRECTIVES, "-XX:-DisplayVMOutput")
                .endsWith("-version");
        assertThat(lines[1]).contains(DIRECTIVES).endsWith("fit m.yaml --out o");
        assertThat(lines[2]).contains(DIRECTIVES).endsWith("sample m.yaml");
        assertThat(lines[3]).doesNotContain(DIRECTIVES).endsWith("fit --help");
        assertThat(lines[4]).doesNotContain(DIRECTIVES).endsWith("worker");
        assertThat(lines[5]).contains(DIRECTIVES).endsWith("simulate m.yaml");
    }

    @Test
    void aChangedFileIsCheckedAgain() throws Exception {
        launch(false, "fit", "m.yaml");
        Files.setLastModifiedTime(root.resolve("cli/start-up-directives.json"),
                FileTime.from(Instant.now().plusSeconds(60)));
        launch(false, "fit", "m.yaml");

        String[] lines = Files.readString(sandbox.calls()).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[2]).endsWith("-version");
        assertThat(lines[3]).contains(DIRECTIVES).endsWith("fit m.yaml");
    }

    @Test
    void aJavaThatRefusesThemRunsTheCommandWithoutThemAndIsNotAskedAgain() throws Exception {
        assertThat(launch(true, "fit", "m.yaml")).isEqualTo("ran\n");
        assertThat(launch(true, "fit", "m.yaml")).isEqualTo("ran\n");

        String[] lines = Files.readString(sandbox.calls()).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).endsWith("-version");
        assertThat(lines[1]).doesNotContain(DIRECTIVES).endsWith("fit m.yaml");
        assertThat(lines[2]).doesNotContain(DIRECTIVES).endsWith("fit m.yaml");
    }

    @Test
    void theJvmStartsWithTheCommittedFileAndPrintsNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:+UnlockDiagnosticVMOptions",
                DIRECTIVES + Cli.repo("cli/start-up-directives.json"), "-XX:-DisplayVMOutput", "-version")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isZero();
        assertThat(out).isEmpty();
    }

    private String launch(boolean refuse, String... args) throws Exception {
        ProcessBuilder pb = sandbox.launcher(args).directory(root.toFile());
        pb.environment().put("EVOFIT_CDS", "off");
        if (refuse) {
            pb.environment().put("REFUSE", "1");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
