package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionCompilerTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "Fe.d", "Lambda", "g1.center");
    private static final double A = 1.7;
    private static final double B = -0.3;
    private static final double C = 2.2;
    private static final double FE_D = 15.25;
    private static final double LAMBDA = 40.0;
    private static final double CENTER = 0.35;
    private static final double[] SLOTS = {A, B, C, FE_D, LAMBDA, CENTER};

    /** Each expected value is the same formula written as Java arithmetic and Math calls. */
    static Stream<Arguments> expressions() {
        return Stream.of(
                Arguments.of("Lambda - Fe.d", LAMBDA - FE_D),
                Arguments.of("a + b * c", A + B * C),
                Arguments.of("(a + b) * c", (A + B) * C),
                Arguments.of("a - b - c", (A - B) - C),
                Arguments.of("a / b / c", (A / B) / C),
                Arguments.of("a - b + c", (A - B) + C),
                Arguments.of("a / b * c", (A / B) * C),
                Arguments.of("c ^ a ^ 2", Math.pow(C, Math.pow(A, 2))),
                Arguments.of("a ** c ** b", Math.pow(A, Math.pow(C, B))),
                Arguments.of("-a ^ 2", -Math.pow(A, 2)),
                Arguments.of("-2**2", -4.0),
                Arguments.of("2 ** -1", 0.5),
                Arguments.of("2 ^ 3 ^ 2", 512.0),
                Arguments.of("a * -b", A * -B),
                Arguments.of("- -a", A),
                Arguments.of("+a - +b", A - B),
                Arguments.of("-a * b", -A * B),
                Arguments.of("c * a ^ 2 / b", C * Math.pow(A, 2) / B),
                Arguments.of("((a))", A),
                Arguments.of("sin(a) + cos(b) * tan(c)", Math.sin(A) + Math.cos(B) * Math.tan(C)),
                Arguments.of("asin(b) + acos(b) - atan(c)", Math.asin(B) + Math.acos(B) - Math.atan(C)),
                Arguments.of("atan2(b, a)", Math.atan2(B, A)),
                Arguments.of("sinh(a) + cosh(b) + tanh(c)", Math.sinh(A) + Math.cosh(B) + Math.tanh(C)),
                Arguments.of("exp(b) * log(a) / log10(c)", Math.exp(B) * Math.log(A) / Math.log10(C)),
                Arguments.of("sqrt(abs(b))", Math.sqrt(Math.abs(B))),
                Arguments.of("min(a, b) - max(a, c)", Math.min(A, B) - Math.max(A, C)),
                Arguments.of("pow(c, a)", Math.pow(C, A)),
                Arguments.of("floor(c) + ceil(b)", Math.floor(C) + Math.ceil(B)),
                Arguments.of("pi * a^2", Math.PI * Math.pow(A, 2)),
                Arguments.of("e^a", Math.pow(Math.E, A)),
                Arguments.of("3 + 2.5 + 1e-3 + .5 + 1.5E+2 + 2.", 3 + 2.5 + 1e-3 + .5 + 1.5E+2 + 2.),
                Arguments.of("sin(pi / 6) * 2", Math.sin(Math.PI / 6) * 2),
                Arguments.of("a*exp(-(b - g1.center)^2 / (2*c^2))",
                        A * Math.exp(-Math.pow(B - CENTER, 2) / (2 * Math.pow(C, 2)))),
                Arguments.of("max(min(a, b), atan2(sin(c), cos(Fe.d)) * pow(2, -a))",
                        Math.max(Math.min(A, B), Math.atan2(Math.sin(C), Math.cos(FE_D)) * Math.pow(2, -A))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("expressions")
    void compiledExpressionEqualsTheJavaFormula(String source, double expected) {
        CompiledExpression compiled = ExpressionCompiler.compile(source, NAMES::indexOf);

        assertThat(compiled.evaluate(SLOTS)).isEqualTo(expected);
    }

    @Test
    void compiledExpressionIsAHiddenClassOfTheExprPackageWithNoState() {
        CompiledExpression compiled = ExpressionCompiler.compile("Lambda - Fe.d", NAMES::indexOf);

        assertThat(compiled.getClass().isHidden()).isTrue();
        assertThat(compiled.getClass().getPackageName()).isEqualTo("org.evofit.core.expr");
        assertThat(compiled.getClass().getDeclaredFields()).isEmpty();
        assertThat(compiled).isInstanceOf(CompiledExpression.class);
    }

    @Test
    void eachCompilationDefinesItsOwnClass() {
        CompiledExpression first = ExpressionCompiler.compile("a + b", NAMES::indexOf);
        CompiledExpression second = ExpressionCompiler.compile("a * b", NAMES::indexOf);

        assertThat(first.getClass()).isNotEqualTo(second.getClass());
        assertThat(first.evaluate(SLOTS)).isEqualTo(A + B);
        assertThat(second.evaluate(SLOTS)).isEqualTo(A * B);
    }

    @Test
    void slotsAreReadAtEveryEvaluationNotAtCompileTime() {
        CompiledExpression compiled = ExpressionCompiler.compile("Lambda - Fe.d", NAMES::indexOf);
        double[] slots = SLOTS.clone();

        double before = compiled.evaluate(slots);
        slots[4] = 50.0;
        slots[3] = 12.5;

        assertThat(before).isEqualTo(LAMBDA - FE_D);
        assertThat(compiled.evaluate(slots)).isEqualTo(37.5);
    }

    @Test
    void slotIndicesOfEveryEncodingSizeAreRead() {
        // 3, 100, 1000 and 40000 need iconst, bipush, sipush and a pool constant respectively.
        double[] slots = new double[40_001];
        slots[3] = 2.0;
        slots[100] = 3.0;
        slots[1000] = 5.0;
        slots[40_000] = 7.0;
        CompiledExpression compiled = ExpressionCompiler.compile("s3 * s100 * s1000 * s40000",
                name -> Integer.parseInt(name.substring(1)));

        assertThat(compiled.evaluate(slots)).isEqualTo(2.0 * 3.0 * 5.0 * 7.0);
    }

    @Test
    void slotNamedLikeAConstantOverridesTheConstant() {
        List<String> names = List.of("e", "pi");
        CompiledExpression compiled = ExpressionCompiler.compile("e * 10 + pi", names::indexOf);

        assertThat(compiled.evaluate(new double[] {0.5, 3.0})).isEqualTo(8.0);
    }

    @Test
    void deeplyNestedExpressionPassesTheVerifierAndIsRight() {
        // Right-nested sums keep every partial result on the operand stack, so max_stack must be exact.
        int depth = 200;
        StringBuilder source = new StringBuilder();
        double expected = 0;
        for (int i = 0; i < depth; i++) {
            source.append("a * ").append(i).append(" + (");
        }
        source.append("b");
        source.append(")".repeat(depth));
        expected = B;
        for (int i = depth - 1; i >= 0; i--) {
            expected = A * i + expected;
        }

        CompiledExpression compiled = ExpressionCompiler.compile(source.toString(), NAMES::indexOf);

        assertThat(compiled.evaluate(SLOTS)).isEqualTo(expected);
    }

    @Test
    void nestedFunctionArgumentsKeepEarlierArgumentsOnTheStack() {
        String source = "atan2(a, atan2(b, atan2(c, max(a, min(b, pow(c, a))))))";
        double expected = Math.atan2(A, Math.atan2(B, Math.atan2(C, Math.max(A, Math.min(B, Math.pow(C, A))))));

        assertThat(ExpressionCompiler.compile(source, NAMES::indexOf).evaluate(SLOTS)).isEqualTo(expected);
    }

    @Test
    void constantExpressionNeedsNoSlots() {
        CompiledExpression compiled = ExpressionCompiler.compile("2 * (3 + sqrt(16)) - 1", name -> -1);

        assertThat(compiled.evaluate(new double[0])).isEqualTo(13.0);
    }

    @Test
    void signedZeroAndNonFiniteResultsFollowIeeeArithmetic() {
        assertThat(ExpressionCompiler.compile("-0", n -> -1).evaluate(new double[0])).isEqualTo(-0.0);
        assertThat(ExpressionCompiler.compile("1 / a", NAMES::indexOf).evaluate(new double[] {0.0}))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ExpressionCompiler.compile("sqrt(a)", NAMES::indexOf).evaluate(new double[] {-1.0}))
                .isNaN();
    }
}
