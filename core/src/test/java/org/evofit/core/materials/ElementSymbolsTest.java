package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElementSymbolsTest {

    @Test
    void symbolsAreCaseSensitive() {
        assertThat(ElementSymbols.isSymbol("Co")).isTrue();
        assertThat(ElementSymbols.isSymbol("CO")).isFalse();
        assertThat(ElementSymbols.isSymbol("co")).isFalse();
        assertThat(ElementSymbols.isSymbol(null)).isFalse();
    }

    @Test
    void atomicNumbersFollowThePeriodicTable() {
        assertThat(ElementSymbols.atomicNumber("H")).isEqualTo(1);
        assertThat(ElementSymbols.atomicNumber("Fe")).isEqualTo(26);
        assertThat(ElementSymbols.atomicNumber("Pt")).isEqualTo(78);
        assertThat(ElementSymbols.atomicNumber("U")).isEqualTo(92);
        assertThat(ElementSymbols.atomicNumber("Og")).isEqualTo(118);
        assertThatThrownBy(() -> ElementSymbols.atomicNumber("Xx")).hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> ElementSymbols.atomicNumber("pt"))
                .hasMessage("unknown element 'pt' (element symbols are case-sensitive: did you mean 'Pt'?)");
    }
}
