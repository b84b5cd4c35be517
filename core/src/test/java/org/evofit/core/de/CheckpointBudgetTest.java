package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The time trigger's cost cap, on explicit clock readings and evaluation counts. */
class CheckpointBudgetTest {

    private static final long MS = 1_000_000;
    /** Entries the checkpoints' logs hold at most. */
    private static final long LOG = 1_000_000;
    /** The floor per evaluation of a one-parameter fit's log: 2 ns a byte, 16 bytes an entry. */
    private static final double FLOOR_ONE = 32;

    @Test
    void theFirstSaveIsFreeAndTheNextIsTheCheapestSavePlusTheFloorPerEvaluationSince() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, LOG, 1);
        assertThat(budget.allows(1, 100)).as("nothing known yet").isTrue();
        budget.spent(20 * MS, 1_000);
        assertThat(budget.estimate(2_000)).isCloseTo(20 * MS + 1_000 * FLOOR_ONE, within(1e-6));
        // 20 ms spent and 20.032 ms to come: 1 % of 4003.2 ms.
        assertThat(budget.allows(4_003 * MS, 2_000)).isFalse();
        assertThat(budget.allows(4_004 * MS, 2_000)).isTrue();
    }

    @Test
    void aLargerSaveTeachesTheCostPerEvaluationAboveTheCheapest() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, LOG, 1);
        budget.spent(MS, 100);
        budget.spent(51 * MS, 100_100);
        // 50 ms above the cheapest save for 100,000 evaluations: 500 ns each.
        assertThat(budget.estimate(200_100)).isCloseTo(51.0 * MS, within(1e-6));
        assertThat(budget.estimate(100_110)).isCloseTo(MS + 5_000, within(1e-6));
        budget.spent(2 * MS, 100_110);
        assertThat(budget.estimate(100_110)).as("never below the cheapest save").isEqualTo(MS);
    }

    @Test
    void aSmallFirstSaveDoesNotStandForALargeOne() {
        // examples/peaks: a first save of one generation, 9 ms (a store's round trip, whatever the size),
        // then 336,000 evaluations a second of ten parameters each; the old cap took 9 ms for the next
        // save and let an ~11 MB one through at 1.8 s, +6.8 % of the 2 s fit.
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, 200_000, 10);
        budget.spent(9 * MS, 50);
        assertThat(budget.estimate(600_050)).isCloseTo(9 * MS + 200_000 * 176.0, within(1e-6));
        assertThat(budget.allows(2_000 * MS, 600_050)).isFalse();
        // 9 ms spent and 44.2 ms to come: 1 % of 5.32 s.
        assertThat(budget.allows(5_310 * MS, 1_780_050)).isFalse();
        assertThat(budget.allows(5_330 * MS, 1_780_050)).isTrue();
    }

    @Test
    void noSaveIsEstimatedAboveWhatTheLogsCanHold() {
        CheckpointBudget budget = new CheckpointBudget(0.01, 0, 5_000, 1);
        budget.spent(MS, 100);
        budget.spent(11 * MS, 1_000_000);
        // The second save held 5,000 entries at most: 2 µs each above the cheapest.
        assertThat(budget.estimate(1_000_100)).isCloseTo(MS + 200_000, within(1e-6));
        assertThat(budget.estimate(9_000_000)).isCloseTo(11.0 * MS, within(1e-6));
    }

    @Test
    void aShareOfZeroIsNoCap() {
        CheckpointBudget budget = new CheckpointBudget(0, 0, LOG, 1);
        budget.spent(1_000 * MS, 10);
        assertThat(budget.allows(1, 1_000_000)).isTrue();
    }
}
