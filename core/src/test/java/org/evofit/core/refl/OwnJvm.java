package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs a class's main in a JVM of its own, with the vector module and this JVM's class path, for what happens once
 * per JVM (a warm-up starts once, and this JVM's other tests may have started it).
 */
final class OwnJvm {

    private OwnJvm() {
    }

    /** What {@code main} printed, trimmed; asserts that the JVM exited normally. */
    static String run(Class<?> main, String... args) throws IOException, InterruptedException {
        String[] command = new String[5 + args.length];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "--add-modules=jdk.incubator.vector";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = main.getName();
        System.arraycopy(args, 0, command, 5, args.length);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** Whether a thread of this name runs in the calling JVM. */
    static boolean running(String thread) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(thread));
    }
}
