package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password in a run-store URL, in any form, is refused before anything connects (exit 2), and the
 * refusal never shows it: a URL on the command line shows in the process list, so it must hold none.
 */
class DbUrlSecretTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://postgres:Secret@127.0.0.1:5432/postgres",
        "jdbc:postgresql://127.0.0.1:5432/postgres?password=Secret",
        "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&PassWord=Secret",
        "jdbc:postgresql://127.0.0.1:5432/postgres?ssl=true&sslpassword=Secret",
        "jdbc:postgresql://127.0.0.1:5432/postgres;password=Secret",
        "jdbc:sqlite:store.db?password=Secret"})
    void everyFormOfPasswordInTheUrlIsRefusedWithoutEchoingIt(String url) {
        for (String verb : new String[] {"status", "cancel", "prune"}) {
            Cli.Run run = verb.equals("status") ? Cli.run(verb, "--db", url) : Cli.run(verb, "--db", url, "local");
            assertThat(run.exitCode()).as(verb + " " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("holds a password").contains("EVOFIT_DB_PASSWORD");
            assertThat(run.out() + run.err()).doesNotContain("Secret");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://root:Secret@db/x", "jdbc:mysql://db/x?password=Secret"})
    void aUrlOfTheWrongKindIsNamedWithItsSecretMasked(String url) {
        Cli.Run run = Cli.run("status", "--db", url);
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("expected jdbc:sqlite:FILE").contains("jdbc:mysql://").doesNotContain("Secret");
    }
}
