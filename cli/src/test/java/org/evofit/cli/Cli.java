package org.evofit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the evofit command in this process and captures what it prints. */
final class Cli {

    /** What one invocation returned and printed. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(args).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The repository's root (tests run in the cli module's directory). */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** A file of the repository. */
    static String repo(String relative) {
        return root().resolve(relative).toString();
    }
}
