package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionNamesTest {

    @Test
    void namesAreTheReferencedIdentifiersInOrderWithoutFunctionsOrConstants() {
        assertThat(ExpressionCompiler.names("Lambda - Fe.d * sin(g1.center) + pi * e - Lambda"))
                .containsExactly("Lambda", "Fe.d", "g1.center");
    }

    @Test
    void namesOfAConstantExpressionAreEmpty() {
        assertThat(ExpressionCompiler.names("2 * pi + sqrt(2)")).isEmpty();
    }

    @Test
    void namesIncludeUnknownNamesBecauseOnlyCompilingJudgesThem() {
        assertThat(ExpressionCompiler.names("nobody + knows")).containsExactly("nobody", "knows");
    }

    @Test
    void constantNamesCountWhenASlotClaimsThem() {
        List<String> slots = List.of("e");

        assertThat(ExpressionCompiler.names("e * pi + a", slots::indexOf)).containsExactly("e", "a");
    }

    @Test
    void namesRejectSyntaxErrors() {
        assertThatThrownBy(() -> ExpressionCompiler.names("a +"))
                .isInstanceOf(ExpressionException.class);
        assertThatThrownBy(() -> ExpressionCompiler.names("foo(a)"))
                .hasMessage("unknown function 'foo'");
    }

    @Test
    void isNameAcceptsDottedNamesAndRejectsAnythingElse() {
        assertThat(ExpressionCompiler.isName("Fe.d")).isTrue();
        assertThat(ExpressionCompiler.isName("g1.center")).isTrue();
        assertThat(ExpressionCompiler.isName("_x2")).isTrue();
        assertThat(ExpressionCompiler.isName("layer.1")).isTrue();
        assertThat(ExpressionCompiler.isName("1a")).isFalse();
        assertThat(ExpressionCompiler.isName("Fe.")).isFalse();
        assertThat(ExpressionCompiler.isName(" a")).isFalse();
        assertThat(ExpressionCompiler.isName("a b")).isFalse();
        assertThat(ExpressionCompiler.isName("a+b")).isFalse();
        assertThat(ExpressionCompiler.isName("")).isFalse();
    }
}
