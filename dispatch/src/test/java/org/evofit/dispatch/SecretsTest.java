package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What counts as a secret in a URL or a message, and that no path that shows one lets it through. */
class SecretsTest {

    @Test
    void passwordsInQueryParametersAndUserInfoAreMaskedAndTheRestKept() {
        assertThat(Secrets.masked("jdbc:postgresql://u:Secret1@db:5432/x?sslPassword=Secret2&ssl=true;PASSWORD=Secret3"))
                .isEqualTo("jdbc:postgresql://u:***@db:5432/x?sslPassword=***&ssl=true;PASSWORD=***");
        assertThat(Secrets.masked("FATAL: password authentication failed for user \"u\"")).contains("password authentication");
        assertThat(Secrets.masked(null)).isNull();
    }

    @Test
    void aUrlSaysWhereItHoldsASecretWithoutTheSecret() {
        assertThat(Secrets.inUrl("jdbc:postgresql://u:Secret@db/x")).hasValueSatisfying(w -> assertThat(w)
                .contains("user part").doesNotContain("Secret"));
        assertThat(Secrets.inUrl("jdbc:postgresql://db/x?user=u&sslpassword=Secret")).hasValue("the parameter 'sslpassword'");
        assertThat(Secrets.inUrl("jdbc:postgresql://u@db:5432/x?user=u&ssl=true")).isEmpty();
        assertThat(Secrets.inUrl("jdbc:sqlite:/tmp/a.db")).isEmpty();
    }

    @Test
    void aStoreUrlWithAPasswordIsRefusedAndNeverPrinted() {
        assertThatThrownBy(() -> new DbConfig("jdbc:postgresql://u:Secret@db/x", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds a password")
                .hasMessageNotContaining("Secret");
        assertThatThrownBy(() -> new DbConfig("jdbc:oracle:thin:u/Secret@db?password=Secret", null, null))
                .hasMessageContaining("expected jdbc:sqlite:FILE").hasMessageNotContaining("password=Secret");
    }

    @Test
    void anEventsDetailIsMasked() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EventLog log = EventLog.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), null)) {
            log.event("failed", "s", "r", "w", "cannot connect to jdbc:postgresql://u:Secret@db/x?password=Secret");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("failed sweep=s").doesNotContain("Secret");
    }
}
