package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplexValueTest {

    @Test
    void sumsAndScales() {
        ComplexValue a = new ComplexValue(1.5, -2);
        assertThat(a.plus(new ComplexValue(0.5, 1))).isEqualTo(new ComplexValue(2, -1));
        assertThat(a.times(2)).isEqualTo(new ComplexValue(3, -4));
        assertThat(ComplexValue.ZERO.plus(a)).isEqualTo(a);
    }

    @Test
    void printsTheSignOfTheImaginaryPart() {
        assertThat(new ComplexValue(24.5, -3.25)).hasToString("24.5-3.25i");
        assertThat(new ComplexValue(9.45, 0)).hasToString("9.45+0.0i");
    }
}
