package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/** A curve model built from factory components sums them at the points of a data set. */
class CurveModelTest {

    @Test
    void sumsAGaussianPeakAndAnExponentialBackground() {
        List<ComponentSpec> specs = List.of(ComponentSpec.of("gaussian", "peak"),
                ComponentSpec.of("exponential", "bg"));
        List<String> names = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            CurveComponents.defaultParameters(spec).stream().map(Parameter::name).forEach(names::add);
        }
        List<CurveComponent> components = specs.stream()
                .map(spec -> CurveComponentsTest.create(spec, names::indexOf)).toList();
        double[] values = new double[names.size()];
        values[names.indexOf("peak.height")] = 40;
        values[names.indexOf("peak.center")] = 2;
        values[names.indexOf("peak.sigma")] = 0.3;
        values[names.indexOf("bg.amplitude")] = 5;
        values[names.indexOf("bg.rate")] = -0.5;

        double[] x = {0, 1, 1.8, 2, 2.4, 5};
        double[] out = {7, 7, 7, 7, 7, 7}; // stale content must not leak into the result
        ModelEvaluator evaluator = new CurveModel(components).newEvaluator();
        evaluator.evaluate(values, 0, DataSet.of("d", x, new double[x.length]), out);

        for (int i = 0; i < x.length; i++) {
            double u = x[i] - 2;
            double expected = 40 * Math.exp(-u * u / (2 * 0.3 * 0.3)) + 5 * Math.exp(-0.5 * x[i]);
            assertThat(out[i]).as("x = %s", x[i]).isCloseTo(expected, within(1e-13 * expected));
        }
    }
}
