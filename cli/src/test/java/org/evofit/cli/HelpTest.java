package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
