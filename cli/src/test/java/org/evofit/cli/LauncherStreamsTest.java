package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./evofit}) between its caller and the JVM when it filters the JVM's incubator warning out
 * of stderr (a reflectivity fit, here with a stand-in {@code java}): the warning dropped and every other line
 * kept, all of them before the command ends; standard input passed on; and a termination request sent to the
 * launcher reaching the JVM.
 */
class LauncherStreamsTest {

    @TempDir
    Path root;

    private LauncherSandbox sandbox;

    @BeforeEach
    void aReflectivityModel() throws Exception {
        sandbox = new LauncherSandbox(root);
        Files.writeString(root.resolve("model.yaml"), "kind: reflectivity\n");
    }

    @Test
    void theJvmsIncubatorWarningIsDroppedAndEveryOtherLineOfStderrArrivesBeforeTheCommandEnds() throws Exception {
        // The stand-in says what the JVM says when it resolves the Vector API's module, then its own line.
        sandbox.standIn("java", """
                #!/usr/bin/env bash
                echo "$*" >> "$JAVA_CALLS"
                echo "WARNING: Using incubator modules: jdk.incubator.vector" >&2
                echo "a warning of the command's own" >&2
                echo ran
                """);
        // The filter's copy passes on nothing until java has closed stderr, that is, exited: a launcher that ends
        // with java leaves its caller an incomplete stderr, here the file a script reads once the command is done.
        sandbox.standIn("cat", """
                #!/usr/bin/env bash
                held="$(mktemp)"
                /bin/cat > "$held"
                /bin/cat "$held"
                rm -f "$held"
                """);
        ProcessBuilder script = new ProcessBuilder("bash", "-c", "./evofit fit model.yaml >out 2>err; echo $? >status; cp err seen");
        script.environment().putAll(sandbox.launcher().environment());
        assertThat(start(script).waitFor()).isZero();

        assertThat(Files.readString(root.resolve("status"))).isEqualTo("0\n");
        assertThat(Files.readString(root.resolve("out"))).isEqualTo("ran\n");
        assertThat(Files.readString(root.resolve("seen"))).isEqualTo("a warning of the command's own\n");
        assertThat(Files.readString(sandbox.calls())).contains("--add-modules jdk.incubator.vector");
    }

    @Test
    void standardInputReachesTheJvm() throws Exception {
        sandbox.standIn("java", """
                #!/usr/bin/env bash
                IFS= read -r line
                echo "read: $line"
                """);
        Process p = start(sandbox.launcher("fit", "model.yaml"));
        try (OutputStream in = p.getOutputStream()) {
            in.write("a line typed by the user\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("read: a line typed by the user\n");
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void aTerminationRequestToTheLauncherReachesTheJvmAndItsStatusIsTheCommands() throws Exception {
        // The stand-in says it has started, then idles until it is told to end (not on its standard input: a
        // destroyed Process's streams are closed).
        sandbox.standIn("java", """
                #!/usr/bin/env bash
                sleep infinity >/dev/null 2>&1 &
                idle=$!
                trap 'kill "$idle"; echo "java was asked to terminate" >> "$JAVA_CALLS"; exit 143' TERM
                echo started
                wait "$idle"
                echo "not asked to terminate" >> "$JAVA_CALLS"
                """);
        Process p = start(sandbox.launcher("fit", "model.yaml"));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("started");

        p.destroy();

        assertThat(p.waitFor()).isEqualTo(143);
        assertThat(Files.readString(sandbox.calls())).isEqualTo("java was asked to terminate\n");
    }

    private Process start(ProcessBuilder pb) throws Exception {
        pb.environment().put("EVOFIT_CDS", "off");
        return pb.redirectErrorStream(false).directory(root.toFile()).start();
    }
}
