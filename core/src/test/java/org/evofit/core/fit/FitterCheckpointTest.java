package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeCheckpoint;
import org.evofit.core.de.DeResult;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.de.Strategy;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A fit resumed from a checkpoint gives the same values, errors and FOM as the uninterrupted fit. */
class FitterCheckpointTest {

    /** A Gaussian peak on a background with noise of known sigma. */
    static FitProblem peak() {
        Random rnd = new Random(9);
        int n = 60;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.2;
            double model = 5 + 40 * Math.exp(-Math.pow(x[i] - 6, 2) / (2 * 0.8 * 0.8));
            e[i] = Math.sqrt(model);
            y[i] = model + e[i] * rnd.nextGaussian();
        }
        DataSet data = new DataSet("peak", x, y, e, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return FitProblem.create(
                List.of(Parameter.fitted("bkg", 1, 0, 20), Parameter.fitted("height", 20, 1, 80),
                        Parameter.fitted("center", 5, 3, 9), Parameter.fitted("sigma", 1, 0.2, 3)),
                List.of(), slot -> {
                    int b = slot.applyAsInt("bkg");
                    int h = slot.applyAsInt("height");
                    int c = slot.applyAsInt("center");
                    int s = slot.applyAsInt("sigma");
                    return () -> (v, index, d, out) -> {
                        for (int i = 0; i < out.length; i++) {
                            double z = (d.x()[i] - v[c]) / v[s];
                            out[i] = v[b] + v[h] * Math.exp(-z * z / 2);
                        }
                    };
                }, List.of(data), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));
    }

    private static final FitSettings SETTINGS = FitSettings.defaults().withRefine(true)
            .withDe(DeSettings.defaults().withStrategy(Strategy.BEST_1_BIN).withPopulation(16).withGenerations(40)
                    .withRestarts(3).withRestartGenerations(10).withSeed(3))
            .withExecution(DeExecution.defaults().withLogCapacity(500));

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aResumedFitHasTheUninterruptedValuesErrorsAndFom() {
        FitProblem problem = peak();
        FitResult plain = Fitter.fit(problem, SETTINGS, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        Fitter.fit(problem, SETTINGS, GenerationListener.NONE, Checkpointing.every(6, null, saved::add));
        assertThat(saved).hasSizeGreaterThan(5);
        for (DeCheckpoint c : List.of(saved.get(0), saved.get(saved.size() / 2), saved.get(saved.size() - 1))) {
            FitResult resumed = Fitter.fit(problem, SETTINGS, GenerationListener.NONE,
                    Checkpointing.NONE.withResumeFrom(DeCheckpoint.fromBytes(c.toBytes())));
            assertSameFit(resumed, plain);
        }
    }

    @Test
    void anInterruptedFitSkipsRefinementAndErrorBarsAndItsCheckpointFinishesTheFit() {
        FitProblem problem = peak();
        FitResult plain = Fitter.fit(problem, SETTINGS, GenerationListener.NONE);
        List<DeCheckpoint> saved = new ArrayList<>();
        FitResult stopped = Fitter.fit(problem, SETTINGS, report -> {
            if (report.generation() == 20) {
                Thread.currentThread().interrupt();
            }
        }, Checkpointing.onInterrupt(saved::add));
        assertThat(Thread.interrupted()).isTrue();
        assertThat(stopped.stopReason()).isEqualTo(DeResult.StopReason.INTERRUPTED);
        assertThat(stopped.refined()).isFalse();
        assertThat(stopped.parameters()).allSatisfy(p -> {
            assertThat(p.error()).isNaN();
            assertThat(p.errorLow()).isNaN();
        });
        assertThat(saved).singleElement().satisfies(c -> assertThat(c.generation()).isEqualTo(20));

        FitResult resumed = Fitter.fit(problem, SETTINGS, GenerationListener.NONE,
                Checkpointing.NONE.withResumeFrom(saved.get(0)));
        assertSameFit(resumed, plain);
    }

    private static void assertSameFit(FitResult actual, FitResult expected) {
        assertThat(actual.values()).isEqualTo(expected.values());
        assertThat(actual.fom()).isEqualTo(expected.fom());
        assertThat(actual.parameters()).isEqualTo(expected.parameters());
        assertThat(actual.history()).isEqualTo(expected.history());
        assertThat(actual.evaluations()).isEqualTo(expected.evaluations());
        assertThat(actual.generations()).isEqualTo(expected.generations());
        assertThat(actual.refined()).isEqualTo(expected.refined());
        assertThat(actual.stopReason()).isEqualTo(expected.stopReason());
        // The errors must exist, or the comparison above would prove little.
        assertThat(expected.parameters()).allSatisfy(p -> assertThat(p.errorHigh()).isFinite());
    }
}
