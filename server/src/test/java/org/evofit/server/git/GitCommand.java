package org.evofit.server.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} binary (for tests), run as a user would, isolated from this machine's configuration (its
 * own HOME, no system config, never a password prompt).
 */
public final class GitCommand {

    /** What one git command did. */
    public record Outcome(int exitCode, String out, String err) {
    }

    private final Path home;

    public GitCommand(Path home) {
        this.home = home;
    }

    public Outcome run(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_AUTHOR_NAME", "test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.org");
        env.put("GIT_COMMITTER_NAME", "test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.org");
        Path out = Files.createTempFile(home, "git-out", ".txt");
        Path err = Files.createTempFile(home, "git-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", arguments) + " did not end");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
