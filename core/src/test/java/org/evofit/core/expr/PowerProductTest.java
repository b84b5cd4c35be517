package org.evofit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerProductTest {

    @Test
    void productsQuotientsPowersAndSquareRootsGiveEachNamesPower() {
        assertThat(PowerProduct.of("2 * c3 / (c1 * sqrt(c2))").orElseThrow().powers())
                .containsExactly(Map.entry("c3", 1.0), Map.entry("c1", -1.0), Map.entry("c2", -0.5));
        assertThat(PowerProduct.of("-c1^2 / pi").orElseThrow().powers()).containsExactly(Map.entry("c1", 2.0));
        assertThat(PowerProduct.of("c1 ** (1/2) * c1").orElseThrow().powers()).containsExactly(Map.entry("c1", 1.5));
    }

    @Test
    void powersThatCancelAreLeftOut() {
        assertThat(PowerProduct.of("c1 * c2 / c1").orElseThrow().powers()).containsExactly(Map.entry("c2", 1.0));
    }

    @Test
    void sumsOtherFunctionsAndVariableExponentsAreNotProducts() {
        assertThat(PowerProduct.of("c1 - c2")).isEmpty();
        assertThat(PowerProduct.of("exp(c1)")).isEmpty();
        assertThat(PowerProduct.of("c1 ^ c2")).isEmpty();
        assertThat(PowerProduct.of("c1 * (2 + 3)")).isPresent();
    }
}
