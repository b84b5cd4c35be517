package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (defect 9's class): a coupling can drive an instrument's resolution width, beam width or
 * wavelength below what it can be, which no start value or bound can; such a candidate is infeasible,
 * like a coupled negative thickness ({@link CoupledMinimumTest}), and the message names the coupling.
 */
class CoupledInstrumentMinimumTest {

    /** CoupledMinimumTest's 30 Å film seen with GenX's fast convolution and a Gaussian beam's footprint. */
    private static ReflectivityModel model() {
        GenxInstrument d = GenxInstrument.defaults();
        return CoupledMinimumTest.model(new GenxInstrument(d.probe(), d.wavelength(), d.coords(), d.i0(), d.ibkg(),
                d.tthoff(), 0.01, GenxResolution.FAST, 5, 2, 0.1, FootprintType.GAUSSIAN_BEAM, 10));
    }

    private static FitProblem problem(String... couplings) {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.2 + 0.1 * i;
        }
        double[] y = new double[x.length];
        Arrays.fill(y, 1e-3);
        return FitProblem.create(model(), List.of(Parameter.fitted("T", 1, 0, 2)),
                Arrays.stream(couplings).map(Coupling::parse).toList(), List.of(DataSet.of("r", x, y)),
                FiguresOfMerit.byName("log", NonFinitePolicy.FAIL));
    }

    @Test
    void aCouplingThatDrivesTheResolutionNegativeMakesTheCandidateInfeasible() {
        FitProblem problem = problem("inst.res = 0.02 * (T - 1)");
        Objective.Evaluator evaluator = problem.objective().newEvaluator();

        assertThat(evaluator.evaluate(new double[] {0.9})).isNaN();
        assertThat(problem.fomOf(problem.values(new double[] {0.9}))).isNaN();
        // A resolution of 0 is no smearing, and a wider one is scored as before.
        assertThat(evaluator.evaluate(new double[] {1})).isFinite();
        assertThat(evaluator.evaluate(new double[] {1.5})).isFinite()
                .isEqualTo(problem.fomOf(problem.values(new double[] {1.5})));
        assertThatThrownBy(() -> Feasibility.requireMinimums(problem, problem.values(new double[] {0.5})))
                .hasMessageContaining("inst.res (resolution, 1σ, instrument inst) cannot be negative, but the"
                        + " coupling inst.res = 0.02 * (T - 1) makes it -0.01");
    }

    @Test
    void theBeamWidthAndTheWavelengthSetByCouplingsAreCheckedToo() {
        FitProblem problem = problem("inst.beamw = T - 1", "inst.wavelength = 1.54 * T");
        Objective.Evaluator evaluator = problem.objective().newEvaluator();

        assertThat(evaluator.evaluate(new double[] {0.5})).isNaN();
        assertThat(evaluator.evaluate(new double[] {0})).isNaN();
        assertThat(evaluator.evaluate(new double[] {1.2})).isFinite();
        assertThatThrownBy(() -> Feasibility.requireMinimums(problem, problem.values(new double[] {0})))
                .hasMessageContaining("inst.beamw (beam width, instrument inst) cannot be negative, but the coupling"
                        + " inst.beamw = T - 1 makes it -1.0")
                .hasMessageContaining("inst.wavelength (wavelength, instrument inst) must be positive, but the"
                        + " coupling inst.wavelength = 1.54 * T makes it 0.0");
    }
}
