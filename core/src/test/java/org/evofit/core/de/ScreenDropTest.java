package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evofit.core.optim.Objective;
import org.junit.jupiter.api.Test;

/**
 * Screened restarts that trail the best restart at {@link DeSettings#screenDrop()} are dropped there,
 * on an objective with two basins whose minima are known: a narrow global one (0 at A) and a wide
 * local one (0.5 at B), which a population of 8 falls into from most seeds.
 */
class ScreenDropTest {

    private static final double[] A = {0.7, 0.7};
    private static final double[] B = {-0.4, -0.4};
    private static final double LOCAL_MINIMUM = 0.5;
    private static final Objective TWO_BASINS = TestFunctions.box(2, -1, 1, 0, ScreenDropTest::twoBasins);
    private static final int DROP = 6;
    private static final int SCREEN = 20;
    private static final DeSettings SETTINGS = DeSettings.defaults().withPopulation(8).withGenerations(30)
            .withRestarts(8).withRestartGenerations(SCREEN).withScreenDrop(DROP).withSeed(3);

    /** The lower of a steep bowl at A (minimum 0) and a shallow one at B (minimum 0.5). */
    static double twoBasins(double[] x) {
        double a = 0;
        double b = 0;
        for (int d = 0; d < x.length; d++) {
            a += (x[d] - A[d]) * (x[d] - A[d]);
            b += (x[d] - B[d]) * (x[d] - B[d]);
        }
        return Math.min(40 * a, LOCAL_MINIMUM + b);
    }

    @Test
    void restartsTrailingTheBestAtTheDropGenerationEndThereAndTheGlobalBasinWins() {
        DeResult fit = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, GenerationListener.NONE);

        // The rule replayed on single runs of the restarts' seeds, one after another (rounds of one).
        ScreeningReplay replay = ScreeningReplay.of(TWO_BASINS, SETTINGS, 1, (r, dropped) ->
                // A trailing run was bound for the local basin: the rule dropped nothing of value here.
                assertThat(dropped.bestFom()).as("restart %d, dropped", r).isGreaterThanOrEqualTo(LOCAL_MINIMUM));

        replay.assertSpentAsAndFound(fit, A);
    }

    @Test
    void theResultIsTheSameBitForBitOnOneAndTwoThreads() {
        DeExecution one = DeExecution.defaults();
        DeResult a = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, one, GenerationListener.NONE);
        DeResult b = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS, one.withThreads(2), GenerationListener.NONE);
        CheckpointResumeTest.assertSame(b, a);
        assertThat(a.evaluations()).isLessThan(SETTINGS.withScreenDrop(0).plannedGenerations(2) * 8 + 8);
    }

    @Test
    void aDropGenerationAtOrBeyondTheScreeningLengthDropsNothing() {
        DeResult none = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS.withScreenDrop(0), GenerationListener.NONE);
        DeResult beyond = DifferentialEvolution.optimize(TWO_BASINS, SETTINGS.withScreenDrop(SCREEN),
                GenerationListener.NONE);
        CheckpointResumeTest.assertSame(beyond, none);
        assertThat(none.evaluations()).isEqualTo((SETTINGS.plannedGenerations(2) + 1) * 8);
    }

    @Test
    void aNegativeDropGenerationIsRefusedByName() {
        assertThatThrownBy(() -> SETTINGS.withScreenDrop(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("screen drop generation must not be negative, got -1");
    }
}
