package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.ToIntFunction;
import org.evofit.core.data.DataSet;
import org.evofit.core.expr.ExpressionException;
import org.junit.jupiter.api.Test;

class ExpressionComponentTest {

    /** Compiles with each local parameter in the slot of its full name in {@code layout}, other names by their own. */
    private static ExpressionComponent compile(String component, String source, List<String> locals,
                                               ToIntFunction<String> layout) {
        int[] localSlots = locals.stream().mapToInt(local -> layout.applyAsInt(component + "." + local)).toArray();
        return ExpressionComponent.create(component, source, locals, localSlots, layout);
    }

    @Test
    void localParametersReadTheComponentsSlotsAndOtherNamesTheGlobalOnes() {
        List<String> slots = List.of("offset", "poly.a", "poly.b");
        ExpressionComponent poly = compile("poly", "a * x^2 + b * x + offset",
                List.of("a", "b"), slots::indexOf);
        double[] values = {0.5, 2.0, -3.0};
        double[] x = {-1.5, 0.0, 0.25, 4.0};
        double[] out = new double[x.length];

        poly.addTo(values, x, out);

        for (int i = 0; i < x.length; i++) {
            assertThat(out[i]).isEqualTo(2.0 * x[i] * x[i] + -3.0 * x[i] + 0.5);
        }
    }

    @Test
    void componentAddsToWhatIsAlreadyInTheOutput() {
        List<String> slots = List.of("decay.amp", "decay.tau");
        ExpressionComponent decay = compile("decay", "amp * exp(-x / tau)",
                List.of("amp", "tau"), slots::indexOf);
        double[] x = {0.0, 1.0, 2.0};
        double[] out = {10.0, 20.0, 30.0};

        decay.addTo(new double[] {3.0, 0.5}, x, out);

        assertThat(out).containsExactly(10.0 + 3.0, 20.0 + 3.0 * Math.exp(-2.0), 30.0 + 3.0 * Math.exp(-4.0));
    }

    @Test
    void localNameTakesPrecedenceOverAGlobalOfTheSameName() {
        List<String> slots = List.of("w", "g.w");
        ExpressionComponent c = compile("g", "w * x", List.of("w"), slots::indexOf);
        double[] out = new double[1];

        c.addTo(new double[] {100.0, 2.0}, new double[] {3.0}, out);

        assertThat(out[0]).isEqualTo(6.0);
    }

    @Test
    void dottedGlobalNamesAreReachable() {
        List<String> slots = List.of("g1.center", "lor.gamma");
        ExpressionComponent lor = compile("lor",
                "gamma^2 / ((x - g1.center)^2 + gamma^2)", List.of("gamma"), slots::indexOf);
        double[] out = new double[1];

        lor.addTo(new double[] {0.3, 0.1}, new double[] {0.5}, out);

        assertThat(out[0]).isEqualTo(Math.pow(0.1, 2) / (Math.pow(0.5 - 0.3, 2) + Math.pow(0.1, 2)));
    }

    @Test
    void unknownNameIsAnExpressionErrorAtItsOffset() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> compile("c", "a * x + bkg", List.of("a"), List.of("c.a")::indexOf));

        assertThat(e).hasMessage("unknown name 'bkg'");
        assertThat(e.position()).isEqualTo(8);
    }

    @Test
    void localParameterWithoutSlotIsRejectedByItsName() {
        assertThatThrownBy(() -> compile("c", "k * x", List.of("k"), List.of("k")::indexOf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no slot for parameter 'k'");
    }

    @Test
    void localParameterCannotBeCalledX() {
        assertThatThrownBy(() -> compile("c", "x", List.of("x"), List.of("c.x")::indexOf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @Test
    void localParameterListedTwiceIsRejected() {
        assertThatThrownBy(() -> compile("c", "a * x", List.of("a", "a"),
                List.of("c.a")::indexOf))
                .hasMessageContaining("listed twice");
    }

    @Test
    void sumsInACurveModelLikeAnyOtherComponent() {
        List<String> slots = List.of("line.m", "line.q", "bump.h");
        CurveModel model = new CurveModel(List.of(
                compile("line", "m * x + q", List.of("m", "q"), slots::indexOf),
                compile("bump", "h / (1 + x^2)", List.of("h"), slots::indexOf)));
        double[] x = {-2.0, 0.0, 1.0};
        double[] out = new double[x.length];

        model.newEvaluator().evaluate(new double[] {0.5, 1.0, 4.0}, 0,
                DataSet.of("d", x, new double[x.length]), out);

        for (int i = 0; i < x.length; i++) {
            assertThat(out[i]).isEqualTo(0.5 * x[i] + 1.0 + 4.0 / (1 + x[i] * x[i]));
        }
    }
}
