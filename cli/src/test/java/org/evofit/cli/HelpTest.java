package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void topLevelHelpListsTheVerbs() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        // Each verb as an entry of the command list (its own line, indented), not as part of a word
        // such as "fitting" in the description above it.
        for (String verb : List.of("fit", "loop", "simulate", "bench", "import-genx", "data", "report", "worker", "submit",
                "status", "results", "cancel", "schedule", "prune", "serve", "users")) {
            assertThat(run.out()).as(verb).containsPattern("(?m)^  " + Pattern.quote(verb) + " +\\S");
        }
    }

    @Test
    void fitHelpShowsEveryOptionWithItsDefault() {
        Cli.Run run = Cli.run("fit", "--help");
        String help = run.out().replaceAll("\\s+", " ");

        assertThat(help).contains("--out=DIR").contains("--seed=N").contains("--threads=N")
                .contains("--generations=N").contains("--population=N").contains("--strategy=NAME")
                .contains("--fom=NAME").contains("--quiet")
                .contains("default: the model file's, else 1")
                .contains("default: all " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    @Test
    void benchHelpShowsItsDefaults() {
        assertThat(Cli.run("bench", "--help").out()).contains("Default: 2");
    }

    @Test
    void everyVerbsHelpIsFormattedNotPrintedRaw() {
        // picocli falls back to a description's raw text, with a warning on System.err, when the text is
        // not a valid format (a lone '%'): the help then shows '%n' instead of line breaks.
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String verb : Main.commandLine().getSubcommands().keySet()) {
                assertThat(Cli.run(verb, "--help").exitCode()).as(verb).isZero();
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }
}
