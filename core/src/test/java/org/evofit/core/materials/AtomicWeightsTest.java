package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values are the AtomicMass and AveragedAtomicMass columns of AtomicWeights.dat. */
class AtomicWeightsTest {

    private static final AtomicWeights W = AtomicWeights.standard();

    @Test
    void elementsWeighTheirStandardAtomicWeight() {
        // "#S 26 56Fe": 55.934942115  91.75436  55.8452 (third column, on every Fe isotope)
        assertThat(W.weight("Fe")).isEqualTo(55.8452);
        // "#S 8 16O":   15.99491462211  99.75716  15.99943
        assertThat(W.weight("O")).isEqualTo(15.99943);
        assertThat(W.weight("Mg")).isEqualTo(24.30506);
        assertThat(W.weight("Si")).isEqualTo(28.08553);
        assertThat(W.weight("Pt")).isEqualTo(195.0782);
        assertThat(W.weight("H")).isEqualTo(1.007947);
        // no stable isotope: the file gives the long-lived isotope's mass number, "#S 43 98Tc" ... 98
        assertThat(W.weight("Tc")).isEqualTo(98.0);
    }

    @Test
    void isotopesWeighTheirOwnMass() {
        // "#S 1 2H": 2.01410177804  0.01157  1.007947
        assertThat(W.weight("2H")).isEqualTo(2.01410177804);
        assertThat(W.weight("D")).isEqualTo(2.01410177804);
        assertThat(W.weight("T")).isEqualTo(3.016049267511);
        assertThat(W.weight("56Fe")).isEqualTo(55.934942115);
    }

    @Test
    void unknownNamesAreErrors() {
        assertThatThrownBy(() -> W.weight("Xx")).hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> W.weight("Md")).hasMessage("no atomic weight for 'Md' in the table");
        assertThatThrownBy(() -> W.weight("99Fe")).hasMessage("no atomic weight for '99Fe' in the table");
    }

    @Test
    void densityToFormulaUnitsPerCubicAngstrom() {
        // iron, 7.874 g/cm³: 7.874 * 0.602214076 / 55.8452 = 0.0849103170 atoms per Å³
        assertThat(AtomicWeights.formulaUnitsPerCubicAngstrom(7.874, W.weight("Fe")))
                .isCloseTo(0.0849103170, within(1e-10));
        // 1 g/cm³ of something with M = 0.602214076 g/mol is exactly one formula unit per Å³
        assertThat(AtomicWeights.formulaUnitsPerCubicAngstrom(1.0, 0.602214076)).isEqualTo(1.0);
        assertThatThrownBy(() -> AtomicWeights.formulaUnitsPerCubicAngstrom(1.0, 0.0))
                .hasMessage("molar mass must be positive but is 0.0");
    }
}
