package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final List<String> NAMES = List.of("a", "b");

    private static Node resolve(String source) {
        return new Resolver(NAMES::indexOf, "x").resolve(Parser.parse(source));
    }

    @Test
    void constantSubtreesAreFoldedToTheirValue() {
        Node tree = resolve("a * (2 * pi + sqrt(16)) - -3");

        assertThat(tree).isEqualTo(new Node.Binary(Operator.SUBTRACT,
                new Node.Binary(Operator.MULTIPLY, new Node.Slot(0), new Node.Constant(2 * Math.PI + 4)),
                new Node.Constant(-3)));
    }

    @Test
    void powerBindsTighterThanUnaryMinus() {
        assertThat(resolve("-2 ** 2")).isEqualTo(new Node.Constant(-4));
        assertThat(Parser.parse("-a ^ b")).isEqualTo(new Node.Negate(new Node.Binary(Operator.POWER,
                new Node.Name("a", 1), new Node.Name("b", 5))));
    }

    @Test
    void namesBecomeSlotsTheVariableOrConstants() {
        assertThat(resolve("b + x + e")).isEqualTo(new Node.Binary(Operator.ADD,
                new Node.Binary(Operator.ADD, new Node.Slot(1), new Node.Variable()),
                new Node.Constant(Math.E)));
    }

    @Test
    void subtreesReadingSlotsAreNotFolded() {
        assertThat(resolve("sin(a)")).isEqualTo(new Node.Call(MathFunction.SIN, List.of(new Node.Slot(0))));
    }
}
