package org.evofit.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.evofit.core.expr.ExpressionException;
import org.junit.jupiter.api.Test;

class CouplingTest {

    @Test
    void lineIsSplitIntoTargetAndExpressionWithTheirOffsets() {
        String line = "  Pt.d =  Lambda - Fe.d  ";

        Coupling c = Coupling.parse(line);

        assertThat(c.target()).isEqualTo("Pt.d");
        assertThat(c.expression()).isEqualTo("Lambda - Fe.d");
        assertThat(c.targetOffset()).isEqualTo(line.indexOf("Pt.d"));
        assertThat(c.expressionOffset()).isEqualTo(line.indexOf("Lambda"));
    }

    @Test
    void syntaxErrorInTheExpressionPointsIntoTheWholeLine() {
        String line = "Pt.d = (Lambda - Fe.d";

        ExpressionException e = catchThrowableOfType(ExpressionException.class, () -> Coupling.parse(line));

        assertThat(e).hasMessage("expected ')' but found end of expression");
        assertThat(e.position()).isEqualTo(line.length());
    }

    @Test
    void badCharacterInTheExpressionIsReportedAtItsColumn() {
        String line = "a = b + $c";

        ExpressionException e = catchThrowableOfType(ExpressionException.class, () -> Coupling.parse(line));

        assertThat(e).hasMessage("unexpected character '$'");
        assertThat(e.position()).isEqualTo(line.indexOf('$'));
    }

    @Test
    void emptyExpressionIsAnErrorAtTheEndOfTheLine() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class, () -> Coupling.parse("a =  "));

        assertThat(e).hasMessageContaining("but found end of expression");
        assertThat(e.position()).isEqualTo(5);
    }

    @Test
    void lineWithoutEqualsSignIsRejected() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> Coupling.parse("Pt.d Lambda"));

        assertThat(e).hasMessageContaining("no '='");
        assertThat(e.position()).isEqualTo("Pt.d Lambda".length());
    }

    @Test
    void missingOrInvalidTargetIsRejectedAtItsPosition() {
        ExpressionException missing = catchThrowableOfType(ExpressionException.class,
                () -> Coupling.parse("  = 3"));
        ExpressionException invalid = catchThrowableOfType(ExpressionException.class,
                () -> Coupling.parse(" 2a = 3"));

        assertThat(missing).hasMessage("expected a parameter name before '='");
        assertThat(missing.position()).isEqualTo(2);
        assertThat(invalid).hasMessage("expected a parameter name before '=' but found '2a'");
        assertThat(invalid.position()).isEqualTo(1);
    }

    @Test
    void couplingBuiltInCodePointsIntoItsCanonicalLine() {
        Coupling c = Coupling.of("Pt.d", "Lambda - Fe.d");

        assertThat(c.toString()).isEqualTo("Pt.d = Lambda - Fe.d");
        assertThat(c.toString().substring(c.expressionOffset())).isEqualTo("Lambda - Fe.d");
        assertThat(c.targetOffset()).isZero();
    }

    @Test
    void targetMustBeAName() {
        assertThatThrownBy(() -> Coupling.of("a b", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
