package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledFunctionTest {

    private static final List<String> NAMES = List.of("amp", "center", "width", "x");

    @Test
    void functionOfXMatchesTheJavaFormulaAtEveryPoint() {
        CompiledFunction gauss = ExpressionCompiler.compileFunction(
                "amp * exp(-(x - center)^2 / (2 * width^2))", "x", NAMES::indexOf);
        double[] slots = {2.5, 0.4, 0.15, 99.0};

        for (double x = -1; x <= 1; x += 0.125) {
            double expected = 2.5 * Math.exp(-Math.pow(x - 0.4, 2) / (2 * Math.pow(0.15, 2)));
            assertThat(gauss.evaluate(x, slots)).isEqualTo(expected);
        }
    }

    @Test
    void variableShadowsASlotOfTheSameName() {
        CompiledFunction f = ExpressionCompiler.compileFunction("x * 2 + amp", "x", NAMES::indexOf);

        assertThat(f.evaluate(3.0, new double[] {1.0, 0, 0, 100.0})).isEqualTo(7.0);
    }

    @Test
    void functionIsAHiddenClassToo() {
        CompiledFunction f = ExpressionCompiler.compileFunction("x", "x", NAMES::indexOf);

        assertThat(f.getClass().isHidden()).isTrue();
        assertThat(f.evaluate(-4.5, new double[0])).isEqualTo(-4.5);
    }

    @Test
    void otherVariableNamesWork() {
        CompiledFunction f = ExpressionCompiler.compileFunction("sin(t) * amp", "t", NAMES::indexOf);

        assertThat(f.evaluate(0.7, new double[] {3.0})).isEqualTo(Math.sin(0.7) * 3.0);
    }

    @Test
    void invalidVariableNameIsRejected() {
        assertThatThrownBy(() -> ExpressionCompiler.compileFunction("x", "2x", NAMES::indexOf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2x'");
        assertThatThrownBy(() -> ExpressionCompiler.compileFunction("x", "x y", NAMES::indexOf))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownNameInAFunctionIsReported() {
        assertThatThrownBy(() -> ExpressionCompiler.compileFunction("x * ampl", "x", NAMES::indexOf))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("unknown name 'ampl'");
    }
}
