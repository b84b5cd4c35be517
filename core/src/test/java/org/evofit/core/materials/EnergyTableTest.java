package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EnergyTableTest {

    /**
     * A table with an absorption edge listed twice at 200 eV, as some tables write edges:
     * below the edge f1 = 5, f2 = 1; above it f1 = 3, f2 = 4.
     */
    private static final EnergyTable EDGE = new EnergyTable("Xx",
            new double[] {100, 200, 200, 300},
            new double[] {6, 5, 3, 2},
            new double[] {0.5, 1, 4, 3});

    @Test
    void betweenRowsTheLineThroughTheBracketingPairIsUsed() {
        // 150 eV between (100, 6, 0.5) and (200, 5, 1): f1 = 6 + 0.5 * (5 - 6) = 5.5, f2 = 0.75
        assertThat(EDGE.at(150)).isEqualTo(new ComplexValue(5.5, -0.75));
        // 250 eV between the second 200 eV row (3, 4) and (300, 2, 3): f1 = 2.5, f2 = 3.5
        assertThat(EDGE.at(250)).isEqualTo(new ComplexValue(2.5, -3.5));
    }

    @Test
    void aRepeatedEdgeEnergyReturnsTheFirstRowAndAboveItTheSecondRowApplies() {
        assertThat(EDGE.at(200)).isEqualTo(new ComplexValue(5, -1));
        // just below and just above the edge the values approach the two different rows
        assertThat(EDGE.at(199.999).re()).isCloseTo(5, within(1e-4));
        assertThat(EDGE.at(200.001).re()).isCloseTo(3, within(1e-4));
        assertThat(EDGE.at(200.001).im()).isCloseTo(-4, within(1e-4));
    }

    @Test
    void theEndsOfTheTableAreIncluded() {
        assertThat(EDGE.at(100)).isEqualTo(new ComplexValue(6, -0.5));
        assertThat(EDGE.at(300)).isEqualTo(new ComplexValue(2, -3));
        assertThat(EDGE.covers(99.999)).isFalse();
        assertThat(EDGE.covers(300.001)).isFalse();
        assertThatThrownBy(() -> EDGE.at(99)).hasMessage("Xx: energy 99.0 eV is outside [100.0, 300.0] eV");
    }

    @Test
    void aRepeatedFirstEnergyReturnsTheFirstRow() {
        EnergyTable table = new EnergyTable("Xx", new double[] {10, 10, 20}, new double[] {1, 2, 3},
                new double[] {0, 0, 0});
        assertThat(table.at(10).re()).isEqualTo(1);
        assertThat(table.at(15).re()).isEqualTo(2.5);
    }

    @Test
    void theLineIsEvaluatedFromTheNearerRowSoTabulatedPointsAreExact() {
        // From the lower row, 0.9 + (1.18 - 0.23) * (0.03 - 0.9) / (1.18 - 0.23) rounds to
        // 0.029999999999999916, not 0.03; from the nearer row (1.18 itself) it is exact.
        EnergyTable table = new EnergyTable("Xx", new double[] {0.23, 1.18, 2.0}, new double[] {0.9, 0.03, 0.5},
                new double[] {0, 0, 0});
        assertThat(0.9 + (1.18 - 0.23) * (0.03 - 0.9) / (1.18 - 0.23)).isNotEqualTo(0.03);
        assertThat(table.at(1.18).re()).isEqualTo(0.03);
        // 1.0 is nearer 1.18 than 0.23: 0.03 + (1.0 - 1.18) * (0.9 - 0.03) / (0.23 - 1.18)
        assertThat(table.at(1.0).re()).isEqualTo(0.03 + (1.0 - 1.18) * (0.9 - 0.03) / (0.23 - 1.18));
    }

    @Test
    void badTablesAreRejected() {
        assertThatThrownBy(() -> new EnergyTable("Xx", new double[] {1, 3, 2}, new double[3], new double[3]))
                .hasMessage("Xx: energies decrease at row 3");
        assertThatThrownBy(() -> new EnergyTable("Xx", new double[] {1}, new double[1], new double[1]))
                .hasMessage("Xx: a table needs at least two rows");
        assertThatThrownBy(() -> new EnergyTable("Xx", new double[] {1, 2}, new double[1], new double[2]))
                .hasMessage("Xx: energy, f1 and f2 differ in length");
        assertThatThrownBy(() -> new EnergyTable("Xx", new double[] {1, Double.NaN}, new double[2],
                new double[2])).hasMessage("Xx: row 2 is not finite");
    }
}
