package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void valuesHaveSixSignificantDigitsPlainInTheMiddleScientificOutside() {
        assertThat(Numbers.value(28.173634)).isEqualTo("28.1736");
        assertThat(Numbers.value(0.0638847213)).isEqualTo("0.0638847");
        assertThat(Numbers.value(19)).isEqualTo("19");
        assertThat(Numbers.value(-6.8267991)).isEqualTo("-6.8268");
        assertThat(Numbers.value(1e-20)).isEqualTo("1e-20");
        assertThat(Numbers.value(1.234567e-7)).isEqualTo("1.23457e-07");
        assertThat(Numbers.value(2.5e7)).isEqualTo("2.5e+07");
        assertThat(Numbers.value(0)).isEqualTo("0");
        assertThat(Numbers.value(Double.NaN)).isEqualTo("—");
    }

    @Test
    void errorsHaveTwoSignificantDigits() {
        assertThat(Numbers.error(0.0070914)).isEqualTo("0.0071");
        assertThat(Numbers.error(86.54)).isEqualTo("87");
        assertThat(Numbers.range(-0.1234, 0.3)).isEqualTo("-0.12 / +0.3");
        assertThat(Numbers.range(Double.NaN, 0.3)).isEqualTo("—");
    }
}
