package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

class GaussianLikelihoodTest {

    @Test
    void theNegativeLogLikelihoodIsHalfTheChiSquareSumWhateverTheFigureOfMerit() {
        FitProblem problem = line(new double[] {0.1, 0.2, 0.4}, "log");

        Objective likelihood = GaussianLikelihood.of(problem);
        double value = likelihood.newEvaluator().evaluate(new double[] {1.5, 0.5});

        // y = 1 + 2x measured; model 1.5 + 0.5x; errors 0.1, 0.2, 0.4 at x = 0, 1, 2.
        double expected = 0.5 * (sq((1 - 1.5) / 0.1) + sq((3 - 2) / 0.2) + sq((5 - 2.5) / 0.4));
        assertThat(value).isCloseTo(expected, offset(1e-12 * expected));
    }

    @Test
    void dataWithoutErrorsAreRefusedNamingTheDataSet() {
        FitProblem problem = line(null, "diff");

        assertThatThrownBy(() -> GaussianLikelihood.of(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data set line has no errors");
    }

    @Test
    void aZeroErrorIsRefusedNamingThePoint() {
        FitProblem problem = line(new double[] {0.1, 0, 0.4}, "diff");

        assertThatThrownBy(() -> GaussianLikelihood.of(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data set line: point 2 (x = 1.0) has error 0.0");
    }

    /** y = 1 + 2x at x = 0, 1, 2 with the given errors, model a + b x, compared by {@code fom}. */
    private static FitProblem line(double[] errors, String fom) {
        DataSet data = new DataSet("line", new double[] {0, 1, 2}, new double[] {1, 3, 5}, errors, null,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Model model = () -> (values, index, d, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[0] + values[1] * d.x()[i];
            }
        };
        return FitProblem.create(List.of(Parameter.fitted("a", 0, -10, 10), Parameter.fitted("b", 0, -5, 5)),
                List.of(), slot -> model, List.of(data), FiguresOfMerit.byName(fom, NonFinitePolicy.FAIL));
    }

    private static double sq(double v) {
        return v * v;
    }
}
