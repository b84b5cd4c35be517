package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpeciesTest {

    @Test
    void parsesElementsIsotopesAndAliases() {
        assertThat(Species.parse("Fe")).isEqualTo(Species.natural("Fe"));
        assertThat(Species.parse("56Fe")).isEqualTo(new Species("Fe", 56));
        assertThat(Species.parse("D")).isEqualTo(new Species("H", 2));
        assertThat(Species.parse("T")).isEqualTo(new Species("H", 3));
        assertThat(Species.parse("157Gd").tableName()).isEqualTo("157Gd");
        assertThat(Species.parse("Fe").isIsotope()).isFalse();
        assertThat(Species.parse("D").isIsotope()).isTrue();
        assertThat(Species.parse("D")).hasToString("2H");
    }

    @Test
    void rejectsWhatIsNotASpecies() {
        assertThatThrownBy(() -> Species.parse("Xx")).hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> Species.parse("2Xx")).hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> Species.parse("0Fe")).hasMessage("unknown isotope '0Fe'");
        assertThatThrownBy(() -> Species.parse("")).hasMessage("unknown element ''");
        assertThatThrownBy(() -> new Species("Fe", -1)).hasMessage("mass number of Fe must not be negative but is -1");
    }
}
