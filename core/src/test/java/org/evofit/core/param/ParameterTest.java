package org.evofit.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterTest {

    @Test
    void minAboveMaxIsRejectedWithTheParameterName() {
        assertThatThrownBy(() -> Parameter.fitted("g1.sigma", 0.2, 0.6, 0.15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g1.sigma")
                .hasMessageContaining("greater than max");
    }

    @Test
    void valueOutsideBoundsIsRejected() {
        assertThatThrownBy(() -> Parameter.fitted("bkg", 130, 75, 125))
                .hasMessageContaining("outside [75.0, 125.0]");
    }

    @Test
    void fittedParameterNeedsFiniteBounds() {
        assertThatThrownBy(() -> new Parameter("a", 1, true, Double.NEGATIVE_INFINITY, 2))
                .hasMessageContaining("finite bounds");
    }

    @Test
    void fixedParameterNeedsNoBounds() {
        assertThat(Parameter.fixed("Lambda", 40).withValue(41).value()).isEqualTo(41);
    }
}
