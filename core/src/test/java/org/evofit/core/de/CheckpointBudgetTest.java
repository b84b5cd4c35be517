package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time trigger's cost cap, on explicit clock readings. */
class CheckpointBudgetTest {

    private static final long MS = 1_000_000;

    @Test
    void aSaveWaitsUntilTheTimeSpentSavingAndTheNextSaveAreWithinTheShare() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0);
        assertThat(budget.allows(1)).as("nothing spent yet").isTrue();
        budget.spent(20 * MS);
        // 20 ms spent and about 20 ms to come: 40 ms is 1 % of 4 s.
        assertThat(budget.allows(3_999 * MS)).isFalse();
        assertThat(budget.allows(4_000 * MS)).isTrue();
        budget.spent(10 * MS);
        // 30 ms spent, the last save took 10 ms: 40 ms again.
        assertThat(budget.allows(3_999 * MS)).isFalse();
        assertThat(budget.allows(4_000 * MS)).isTrue();
    }

    @Test
    void aShareOfZeroIsNoCap() {
        CheckpointBudget budget = new CheckpointBudget(0, 0);
        budget.spent(1_000 * MS);
        assertThat(budget.allows(1)).isTrue();
    }
}
