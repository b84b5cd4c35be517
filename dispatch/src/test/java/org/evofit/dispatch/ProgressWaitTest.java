package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A wait bounded by stalls, not by a total: what the bench and the tests wait on a cluster with. */
class ProgressWaitTest {

    private static final Duration STALL = Duration.ofMillis(20);
    private static final Duration POLL = Duration.ofMillis(1);

    @Test
    void aWaitThatKeepsProgressingOutlastsManyStallLimits() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        // Each poll sleeps at least 1 ms, so 500 steps take at least 25 stall limits in all.
        ProgressWait.until("500 steps", () -> steps.get() >= 500, steps::incrementAndGet, STALL, POLL);
        assertThat(steps.get()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void aWaitWhoseProgressStopsGivesUpSayingWhatItLastSaw() {
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> ProgressWait.until("never", () -> false, () -> Math.min(steps.incrementAndGet(), 7), STALL, POLL))
                .isInstanceOf(ProgressWait.Stalled.class)
                .hasMessageContaining("while waiting until never")
                .hasMessageContaining("last seen: 7");
    }
}
