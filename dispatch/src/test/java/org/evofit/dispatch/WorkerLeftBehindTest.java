package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a stopping worker whose grace ended says it leaves to the others: the fits still running, and apart from them
 * the runs its slots claimed but had not started (between a claim's commit and its fit's start), never an empty list
 * of fits.
 */
class WorkerLeftBehindTest {

    private static final Lease FITTING = new Lease("s1", "a", "t1", "w1", 1);
    private static final Lease CLAIMED = new Lease("s1", "b", "t2", "w1", 1);

    @Test
    void theFitsStillRunningAreNamedWithTheirCheckpoint() {
        assertThat(Worker.leftBehind(Duration.ZERO, List.of(FITTING), List.of(FITTING)))
                .isEqualTo("fits still running after 0 s, left to another worker from their last checkpoint: [s1/a]");
    }

    @Test
    void aRunClaimedButNotStartedIsNamedAsSuchNotAsAFit() {
        assertThat(Worker.leftBehind(Duration.ofSeconds(60), List.of(), List.of(CLAIMED)))
                .isEqualTo("runs claimed but not started after 60 s, left to another worker: [s1/b]");
        assertThat(Worker.leftBehind(Duration.ZERO, List.of(FITTING), List.of(CLAIMED, FITTING)))
                .isEqualTo("fits still running after 0 s, left to another worker from their last checkpoint: [s1/a]; "
                        + "runs claimed but not started after 0 s, left to another worker: [s1/b]");
    }

    @Test
    void slotsBusyWithoutARunSaySo() {
        assertThat(Worker.leftBehind(Duration.ZERO, List.of(), List.of()))
                .isEqualTo("slots still busy after 0 s, holding no run");
    }
}
