package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionErrorTest {

    private static final List<String> NAMES = List.of("a", "b", "Fe.d", "Lambda");

    /** Source, expected message, and the offset of the offending character counted by hand. */
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("(a + b", "expected ')' but found end of expression", 6),
                Arguments.of("Lambda - Fe.dd", "unknown name 'Fe.dd'", 9),
                Arguments.of("2 * sine(a)", "unknown function 'sine'", 4),
                Arguments.of("1 + sqrt(a, b)", "sqrt takes 1 argument, got 2", 4),
                Arguments.of("atan2(a)", "atan2 takes 2 arguments, got 1", 0),
                Arguments.of("a + max()", "max takes 2 arguments, got 0", 4),
                Arguments.of("a + * b", "expected a number, name or '(' but found '*'", 4),
                Arguments.of("a b", "expected an operator or end of expression but found 'b'", 2),
                Arguments.of("(a + b))", "expected an operator or end of expression but found ')'", 7),
                Arguments.of("", "expected a number, name or '(' but found end of expression", 0),
                Arguments.of("a -   ", "expected a number, name or '(' but found end of expression", 6),
                Arguments.of("a $ b", "unexpected character '$'", 2),
                Arguments.of("a = b", "unexpected character '='", 2),
                Arguments.of("2e+ 1", "expected digits in the exponent of '2e+'", 3),
                Arguments.of("Fe. + 1", "expected a name after '.'", 3),
                Arguments.of("min(a b)", "expected ',' or ')' but found 'b'", 6),
                Arguments.of("sin(a", "expected ',' or ')' but found end of expression", 5),
                Arguments.of("a ^ ^ b", "expected a number, name or '(' but found '^'", 4),
                Arguments.of("sin + 1", "unknown name 'sin'", 0),
                Arguments.of("a * (b - c)", "unknown name 'c'", 9));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errors")
    void errorSaysWhatWasExpectedAndWhere(String source, String message, int position) {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExpressionCompiler.compile(source, NAMES::indexOf));

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void excessiveNestingIsAnErrorNotAStackOverflow() {
        String source = "(".repeat(10_000) + "a" + ")".repeat(10_000);

        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExpressionCompiler.compile(source, NAMES::indexOf));

        assertThat(e).hasMessageContaining("nested more than");
        assertThat(e.position()).isEqualTo(Parser.MAX_NESTING);
    }

    @Test
    void overlongExpressionIsAnError() {
        String source = "a" + " + a".repeat(Parser.MAX_NODES);

        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExpressionCompiler.compile(source, NAMES::indexOf));

        assertThat(e).hasMessageContaining("too long");
    }

    @Test
    void shiftingMovesThePositionAndKeepsTheMessage() {
        ExpressionException e = new ExpressionException("unknown name 'q'", 3).shiftedBy(7);

        assertThat(e.position()).isEqualTo(10);
        assertThat(e).hasMessage("unknown name 'q'");
    }
}
