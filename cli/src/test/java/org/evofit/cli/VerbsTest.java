package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How much of evofit's command line a run builds: the verb it names alone, or every verb's outline without one. */
class VerbsTest {

    @Test
    void aRunNamingAVerbBuildsThatVerbAlone() {
        assertThat(Main.commandLine("fit", "model.yaml", "--out", "run").getSubcommands().keySet())
                .containsExactly("fit");
    }

    @Test
    void aMistypedVerbIsStillAnsweredWithTheVerbsNames() {
        Cli.Run run = Cli.run("fitt", "model.yaml");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("Unmatched arguments").contains("fit");
    }

    @Test
    void noVerbIsAMissingCommand() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("missing command").contains("Commands:").contains("  simulate");
    }
}
