package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import org.assertj.core.data.Offset;
import org.evofit.core.optim.Objective;
import org.evofit.core.optim.RandomStreams;

/**
 * The screening rule replayed on single runs of the restarts' seeds, each run to the end of screening:
 * in rounds of {@code round} restarts, a restart whose best figure of merit at the drop generation is worse
 * than the best run of the rounds before had there is counted as dropped there; the best run goes on for
 * the settings' generations. What the screened fit must have spent, found without its code.
 *
 * @param evaluations the evaluations the screened fit makes
 * @param generations its generations
 * @param dropped     the restarts dropped
 * @param best        the best screening run
 */
record ScreeningReplay(long evaluations, int generations, int dropped, DeResult best) {

    /**
     * Asserts that the screened fit dropped at least two restarts, spent what the replay says, and found
     * the global minimum, 0 at {@code global}.
     */
    void assertSpentAsAndFound(DeResult fit, double[] global) {
        assertThat(dropped).as("restarts dropped").isGreaterThanOrEqualTo(2);
        assertThat(fit.evaluations()).isEqualTo(evaluations);
        assertThat(fit.generations()).isEqualTo(generations);
        assertThat(fit.bestFom()).as("the global basin's minimum, 0").isBetween(0.0, 1e-6);
        assertThat(fit.best()).containsExactly(global, Offset.offset(1e-3));
    }

    /** Replays the settings' screening in rounds of {@code round}; {@code onDropped} hears each dropped run. */
    static ScreeningReplay of(Objective objective, DeSettings settings, int round, BiConsumer<Integer, DeResult> onDropped) {
        int n = settings.population();
        int drop = settings.screenDrop();
        long evaluations = 0;
        int generations = 0;
        int dropped = 0;
        DeResult best = null;
        for (int first = 0; first < settings.restarts(); first += round) {
            DeResult bestBefore = best;
            for (int r = first; r < Math.min(first + round, settings.restarts()); r++) {
                long seed = r == 0 ? settings.seed() : RandomStreams.restartSeed(settings.seed(), r);
                DeResult single = DifferentialEvolution.optimize(objective, DeSettings.defaults().withPopulation(n)
                        .withGenerations(settings.restartGenerations()).withSeed(seed), GenerationListener.NONE);
                if (bestBefore != null && single.history()[drop] > bestBefore.history()[drop]) {
                    dropped++;
                    evaluations += (long) n * (drop + 1);
                    generations += drop;
                    onDropped.accept(r, single);
                    continue;
                }
                evaluations += single.evaluations();
                generations += single.generations();
                if (best == null || single.bestFom() < best.bestFom()) {
                    best = single;
                }
            }
        }
        return new ScreeningReplay(evaluations + (long) n * settings.generations(),
                generations + settings.generations(), dropped, best);
    }
}
