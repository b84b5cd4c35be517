package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Profile bars (the other parameters re-optimised at every point) against closed forms. For a linear
 * model the chi2 figure of merit is a quadratic, FOM(θ) = FOM* + (θ − θ*)ᵀH(θ − θ*) with
 * H = XᵀX/(N − p): held at the optimum, parameter i reaches the threshold FOM* + Δ at
 * sqrt(Δ/H_ii) (the conditional width); re-optimising the others, at sqrt(Δ·(H⁻¹)_ii), the marginal
 * width sqrt(C_ii) of C = ΔH⁻¹, wider when the parameters are correlated.
 */
class ProfileBarsReoptimisedTest {

    /** y = a + b·x + c·x² with x from 2 to 12 (far from 0, so a, b and c are strongly correlated). */
    private static DataSet data(int n) {
        Random rnd = new Random(17);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + 10.0 * i / (n - 1);
            y[i] = 1 + 0.5 * x[i] - 0.02 * x[i] * x[i] + rnd.nextGaussian();
            e[i] = 1;
        }
        return new DataSet("d", x, y, e, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static FitResult fit(int free, DataSet data, boolean profile) {
        List<Parameter> parameters = List.of(Parameter.fitted("a", 0, -20, 20), Parameter.fitted("b", 0, -5, 5),
                free == 3 ? Parameter.fitted("c", 0, -1, 1) : Parameter.fixed("c", 0));
        Function<ToIntFunction<String>, Model> model = slot -> {
            int ia = slot.applyAsInt("a");
            int ib = slot.applyAsInt("b");
            int ic = slot.applyAsInt("c");
            return () -> (values, index, d, out) -> {
                for (int i = 0; i < out.length; i++) {
                    double x = d.x()[i];
                    out[i] = values[ia] + values[ib] * x + values[ic] * x * x;
                }
            };
        };
        FitProblem problem = FitProblem.create(parameters, List.of(), model, List.of(data),
                FiguresOfMerit.byName("chi2", NonFinitePolicy.FAIL));
        return Fitter.fit(problem, FitSettings.defaults().withRefine(true).withErrorbarProfile(profile)
                .withDe(DeSettings.defaults().withPopulation(30).withGenerations(300).withSeed(5)),
                GenerationListener.NONE);
    }

    /** (XᵀX)⁻¹ of the design with columns 1, x (and x²). */
    private static RealMatrix inverseNormal(DataSet data, int free) {
        double[][] xtx = new double[free][free];
        for (double x : data.x()) {
            double[] row = free == 3 ? new double[] {1, x, x * x} : new double[] {1, x};
            for (int i = 0; i < free; i++) {
                for (int j = 0; j < free; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
            }
        }
        return MatrixUtils.inverse(MatrixUtils.createRealMatrix(xtx));
    }

    @Test
    void withTwoParametersTheProfileBarIsTheMarginalWidthWiderThanTheConditionalOne() {
        assertBarsMatchClosedForms(2);
    }

    @Test
    void withThreeParametersTheProfileBarIsTheMarginalWidthWiderThanTheConditionalOne() {
        assertBarsMatchClosedForms(3);
    }

    private static void assertBarsMatchClosedForms(int free) {
        DataSet data = data(60);
        FitResult conditional = fit(free, data, false);
        FitResult profile = fit(free, data, true);
        RealMatrix inverse = inverseNormal(data, free);
        int dof = data.size() - free;
        // H = XᵀX/dof; the threshold is 5 % above the best: Δ = 0.05·FOM*.
        double rise = 0.05 * profile.fom();
        assertThat(profile.errorBasis().bars()).isEqualTo("profile");
        assertThat(conditional.errorBasis().bars()).isEqualTo("conditional");
        List<String> names = List.of("a", "b", "c").subList(0, free);
        for (int i = 0; i < free; i++) {
            String name = names.get(i);
            double marginal = Math.sqrt(rise * dof * inverse.getEntry(i, i));
            double held = Math.sqrt(rise / (normalDiagonal(data, i) / dof));
            ParameterEstimate p = profile.parameter(name);
            ParameterEstimate c = conditional.parameter(name);
            assertThat(p.errorHigh()).as(name).isCloseTo(marginal, within(2e-3 * marginal));
            assertThat(-p.errorLow()).as(name).isCloseTo(marginal, within(2e-3 * marginal));
            assertThat(c.errorHigh()).as(name).isCloseTo(held, within(1e-6 * held));
            assertThat(p.errorHigh()).as(name).isGreaterThan(1.5 * c.errorHigh());
        }
    }

    /** (XᵀX)_ii: the curvature along parameter i alone. */
    private static double normalDiagonal(DataSet data, int i) {
        double sum = 0;
        for (double x : data.x()) {
            double v = i == 0 ? 1 : i == 1 ? x : x * x;
            sum += v * v;
        }
        return sum;
    }
}
