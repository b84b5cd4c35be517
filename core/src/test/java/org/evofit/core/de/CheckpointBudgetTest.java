package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time trigger's cost cap, on explicit clock readings and evaluation counts. */
class CheckpointBudgetTest {

    private static final long MS = 1_000_000;
    /** Entries the checkpoints' logs hold at most. */
    private static final long LOG = 1_000_000;

    @Test
    void aSaveWaitsUntilTheTimeSpentSavingAndTheNextSaveAreWithinTheShare() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, LOG);
        assertThat(budget.allows(1, 100)).as("nothing spent yet").isTrue();
        budget.spent(20 * MS, 1_000);
        // 20 ms spent and, 1,000 evaluations later, about 20 ms to come: 40 ms is 1 % of 4 s.
        assertThat(budget.allows(3_999 * MS, 2_000)).isFalse();
        assertThat(budget.allows(4_000 * MS, 2_000)).isTrue();
        budget.spent(10 * MS, 2_000);
        // 30 ms spent, the last save took 10 ms for 1,000 evaluations and 1,000 more are to come: 40 ms again.
        assertThat(budget.allows(3_999 * MS, 3_000)).isFalse();
        assertThat(budget.allows(4_000 * MS, 3_000)).isTrue();
    }

    @Test
    void theComingSaveIsEstimatedByTheEvaluationsMadeSinceTheLastOne() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, LOG);
        // A small first save: 1 ms for the first 100 evaluations (examples/peaks saved 17 kB first).
        budget.spent(MS, 100);
        assertThat(budget.estimate(100_100)).isEqualTo(1_000.0 * MS);
        // 1 % of 60 s is 600 ms: enough for a save like the first, not for one that holds 1,000 times as much.
        assertThat(budget.allows(60_000 * MS, 200)).isTrue();
        assertThat(budget.allows(60_000 * MS, 100_100)).isFalse();
        assertThat(budget.allows(100_100 * MS, 100_100)).isTrue();
    }

    @Test
    void aSaveIsNeverEstimatedBelowTheLastOne() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, LOG);
        budget.spent(4 * MS, 1_000);
        budget.spent(4 * MS, 2_000);
        // Ten evaluations since: what a save costs whatever it holds (making it, the store's round trip) stays.
        assertThat(budget.estimate(2_010)).isEqualTo(4.0 * MS);
        assertThat(budget.allows(799 * MS, 2_010)).isFalse();
        assertThat(budget.allows(1_200 * MS, 2_010)).isTrue();
    }

    @Test
    void noSaveIsEstimatedAboveWhatTheLogsCanHold() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, 5_000);
        budget.spent(MS, 100);
        // However many evaluations since, a save writes 5,000 log entries at most.
        assertThat(budget.estimate(1_000_000)).isEqualTo(50.0 * MS);
        budget.spent(50 * MS, 1_000_000);
        assertThat(budget.estimate(1_000_100)).isEqualTo(50.0 * MS);
        assertThat(budget.estimate(2_000_000)).isEqualTo(50.0 * MS);
    }

    @Test
    void aShareOfZeroIsNoCap() {
        CheckpointBudget budget = new CheckpointBudget(0, 0, LOG);
        budget.spent(1_000 * MS, 10);
        assertThat(budget.allows(1, 1_000_000)).isTrue();
    }
}
