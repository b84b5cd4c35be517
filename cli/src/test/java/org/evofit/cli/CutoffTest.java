package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What {@code --finished-before} accepts. */
class CutoffTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void durationsCountBackFromNow() {
        assertThat(Cutoff.parse("30d", NOW)).isEqualTo(Instant.parse("2026-02-08T12:00:00Z"));
        assertThat(Cutoff.parse("2w", NOW)).isEqualTo(Instant.parse("2026-02-24T12:00:00Z"));
        assertThat(Cutoff.parse("12h", NOW)).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(Cutoff.parse("90m", NOW)).isEqualTo(Instant.parse("2026-03-10T10:30:00Z"));
        assertThat(Cutoff.parse("P1DT1H", NOW)).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
    }

    @Test
    void aDateIsItsMidnightUtcAndAnInstantIsItself() {
        assertThat(Cutoff.parse("2026-01-31", NOW)).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(Cutoff.parse("2026-01-31T06:07:08Z", NOW)).isEqualTo(Instant.parse("2026-01-31T06:07:08Z"));
    }

    @Test
    void anythingElseIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> Cutoff.parse("yesterday", NOW)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--finished-before: 'yesterday'");
        assertThatThrownBy(() -> Cutoff.parse("2026-02-30", NOW)).isInstanceOf(BadInputException.class);
    }
}
