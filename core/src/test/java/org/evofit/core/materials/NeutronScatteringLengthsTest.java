package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected values are the b_c_r and b_c_i columns of DeBe_NeutronNews.dat, quoted per line. */
class NeutronScatteringLengthsTest {

    private static final NeutronScatteringLengths BC = NeutronScatteringLengths.standard();

    @Test
    void elementsOfTheExampleSamples() {
        // "#S 26 Fe":  1  9.45    0 ...
        assertThat(BC.b("Fe")).isEqualTo(new ComplexValue(9.45, 0));
        // "#S 14 Si":  1  4.1491  0 ...
        assertThat(BC.b("Si")).isEqualTo(new ComplexValue(4.1491, 0));
        // "#S 12 Mg":  1  5.375   0 ...
        assertThat(BC.b("Mg")).isEqualTo(new ComplexValue(5.375, 0));
        // "#S 8 O":    1  5.803   0 ...
        assertThat(BC.b("O")).isEqualTo(new ComplexValue(5.803, 0));
        // "#S 78 Pt":  1  9.6     0 ...
        assertThat(BC.b("Pt")).isEqualTo(new ComplexValue(9.6, 0));
        // "#S 1 H":    1  -3.739  0 ...
        assertThat(BC.b("H")).isEqualTo(new ComplexValue(-3.739, 0));
    }

    @Test
    void hydrogenIsotopesByTableNameAndByAlias() {
        // "#S 2 2H ":  0.015  6.671  0.0 ...
        assertThat(BC.b("2H")).isEqualTo(new ComplexValue(6.671, 0));
        assertThat(BC.b("D")).isEqualTo(BC.b("2H"));
        // "#S 3 3H ":  (12.32a)  4.792  0.0 ...
        assertThat(BC.b("T")).isEqualTo(new ComplexValue(4.792, 0));
        // "#S 1 1H ":  99.985  -3.7406  0.0 ... (the pure isotope differs from natural H, -3.739)
        assertThat(BC.b("1H")).isEqualTo(new ComplexValue(-3.7406, 0));
        assertThat(BC.b(new Species("H", 2))).isEqualTo(new ComplexValue(6.671, 0));
    }

    @Test
    void absorbersKeepTheTablesNegativeImaginaryPart() {
        // "#S 5 B":     1  5.3   -0.213 ...
        assertThat(BC.b("B")).isEqualTo(new ComplexValue(5.3, -0.213));
        // "#S 64 Gd":   1  6.5   -13.82 ...
        assertThat(BC.b("Gd")).isEqualTo(new ComplexValue(6.5, -13.82));
        // "#S 157Gd":   15.7  -1.14  -71.9 ...
        assertThat(BC.b("157Gd")).isEqualTo(new ComplexValue(-1.14, -71.9));
    }

    @Test
    void valuesWithAnUncertaintyUseTheValue() {
        // "#S 88 Ra":   1.60E3a  10.0(1.0)  0 ...
        assertThat(BC.b("Ra")).isEqualTo(new ComplexValue(10.0, 0));
        // "#S 58 58Fe": 0.3  15.(7.)  0.0 ...
        assertThat(BC.b("58Fe")).isEqualTo(new ComplexValue(15.0, 0));
    }

    @Test
    void lengthsTheTableMarksUnknownAreErrors() {
        // "#S 84 Po":   1  9999  0 ...
        assertThatThrownBy(() -> BC.b("Po"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no neutron scattering length for 'Po': the table marks it as unknown (9999)");
        assertThat(BC.has("Po")).isFalse();
        assertThat(BC.has("Fe")).isTrue();
    }

    @Test
    void unknownNamesAreErrors() {
        assertThatThrownBy(() -> BC.b("Xx")).hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> BC.b("FE"))
                .hasMessage("unknown element 'FE' (element symbols are case-sensitive: did you mean 'Fe'?)");
        assertThatThrownBy(() -> BC.b("99Fe")).hasMessage("no neutron scattering length for '99Fe' in the table");
        assertThatThrownBy(() -> BC.b("Bk")).hasMessage("no neutron scattering length for 'Bk' in the table");
        assertThat(BC.has("Xx")).isFalse();
    }
}
