package org.evofit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A copy of the launcher ({@code ./evofit}) in a scratch root with a jar already built, so it never runs Maven,
 * and a {@code bin} folder first on the PATH for stand-ins of the commands it calls ({@code java}, {@code cat}).
 * Every stand-in {@code java} records its arguments, one call per line, in {@link #calls()}.
 */
final class LauncherSandbox {

    private final Path root;
    private final Path jar;
    private final Path calls;

    LauncherSandbox(Path root) throws IOException {
        this.root = root;
        Files.copy(Path.of(Cli.repo("evofit")), root.resolve("evofit"));
        Files.setPosixFilePermissions(root.resolve("evofit"), PosixFilePermissions.fromString("rwx------"));
        jar = Files.createDirectories(root.resolve("cli/target")).resolve("evofit.jar");
        Files.writeString(jar, "a jar");
        calls = root.resolve("java-calls");
        Files.createDirectories(root.resolve("bin"));
    }

    Path root() {
        return root;
    }

    Path jar() {
        return jar;
    }

    Path calls() {
        return calls;
    }

    /** Puts an executable script named {@code command} first on the launcher's PATH. */
    void standIn(String command, String script) throws IOException {
        Path file = root.resolve("bin").resolve(command);
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    /** The launcher with these arguments, stderr merged into stdout, no archive options from the caller's environment. */
    ProcessBuilder launcher(String... args) {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("evofit").toString()).redirectErrorStream(true);
        pb.command().addAll(List.of(args));
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_CALLS", calls.toString());
        pb.environment().remove("EVOFIT_JAVA_OPTS");
        pb.environment().remove("EVOFIT_CDS");
        return pb;
    }
}
