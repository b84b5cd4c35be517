package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void topLevelHelpListsTheVerbs() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fit").contains("simulate").contains("bench");
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
