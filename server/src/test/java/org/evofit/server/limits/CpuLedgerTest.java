package org.evofit.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evofit.server.MovingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU seconds of each account over the last 24 hours, kept across restarts, running fits counted too. */
class CpuLedgerTest {

    @TempDir
    Path service;

    @Test
    void usesCountForTheirAccountForTwentyFourHoursAndSurviveARestart() throws Exception {
        MovingClock clock = new MovingClock();
        Instant start = clock.instant();
        CpuLedger ledger = new CpuLedger(service, clock);
        ledger.ended("a/1", "gus", 3.0);
        clock.advance(Duration.ofHours(2));
        ledger.ended("a/2", "gus", 4.5);
        ledger.ended("b/1", "alice", 100);
        ledger.running("c/1", "gus", 1.25);

        assertThat(ledger.used("gus")).isEqualTo(8.75);
        assertThat(ledger.used("alice")).isEqualTo(100.0);
        // Under 6 s again once the first use (3 s) is a day old; under 2 s only when the second one is too.
        assertThat(ledger.belowAt("gus", 6)).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(ledger.belowAt("gus", 2)).isEqualTo(start.plus(Duration.ofHours(26)));
        assertThat(ledger.belowAt("gus", 1)).as("the running fit alone is over it").isEqualTo(clock.instant()
                .plus(Duration.ofHours(24)));
        assertThat(ledger.belowAt("gus", 10)).as("not over it").isEqualTo(clock.instant());

        // A restart: the ended fits are read back (a torn last line, as a crash leaves, is skipped); running ones are gone.
        Files.writeString(service.resolve(CpuLedger.FILE), "{\"time\":\"2026-12", StandardOpenOption.APPEND);
        CpuLedger restarted = new CpuLedger(service, clock);
        assertThat(restarted.used("gus")).isEqualTo(7.5);

        clock.advance(Duration.ofHours(22).plusSeconds(1));
        assertThat(restarted.used("gus")).isEqualTo(4.5);
        CpuLedger later = new CpuLedger(service, clock);
        assertThat(later.used("gus")).isEqualTo(4.5);
        // The restart dropped the line that left the window, and the torn one.
        assertThat(Files.readAllLines(service.resolve(CpuLedger.FILE))).hasSize(2);
    }

    @Test
    void theClusterWorkersUsesFromTheSharedStoreCountWithTheServicesOwn() {
        MovingClock clock = new MovingClock();
        Instant start = clock.instant();
        // What the shared run store would answer: gus's runs on the workers, dated; one already out of the window.
        List<Map.Entry<Instant, Double>> workers = List.of(Map.entry(start.minus(Duration.ofHours(25)), 1000.0),
                Map.entry(start.plus(Duration.ofHours(1)), 300.0));
        CpuLedger ledger = new CpuLedger(service, clock, (user, since) -> user.equals("gus")
                ? workers.stream().filter(u -> u.getKey().isAfter(since)).toList() : List.of());
        ledger.ended("a/1", "gus", 100);
        clock.advance(Duration.ofHours(2));

        assertThat(ledger.used("gus")).isEqualTo(400.0);
        assertThat(ledger.used("alice")).isZero();
        // Oldest first across both: under 350 s once the service's own 100 s (at the start) is a day old; under 150 s
        // only when the workers' 300 s (an hour later) is too.
        assertThat(ledger.belowAt("gus", 350)).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(ledger.belowAt("gus", 150)).isEqualTo(start.plus(Duration.ofHours(25)));
        clock.advance(Duration.ofHours(22).plusSeconds(1));
        assertThat(ledger.used("gus")).as("the service's own use left the window").isEqualTo(300.0);
    }
}
