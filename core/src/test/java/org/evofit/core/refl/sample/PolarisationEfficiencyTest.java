package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The optics' mixing of the four cross sections, against closed forms. */
class PolarisationEfficiencyTest {

    /** Four distinct cross sections, so that any mix-up of channels shows. */
    static final double MM = 0.11;
    static final double MP = 0.023;
    static final double PM = 0.037;
    static final double PP = 0.71;

    static double measured(PolarisationEfficiency e, SpinChannel c) {
        return e.measured(c, MM, MP, PM, PP);
    }

    @Test
    void perfectOpticsSeeTheIdealCrossSections() {
        PolarisationEfficiency ideal = PolarisationEfficiency.IDEAL;
        assertThat(measured(ideal, SpinChannel.PLUS_PLUS)).isEqualTo(PP);
        assertThat(measured(ideal, SpinChannel.MINUS_MINUS)).isEqualTo(MM);
        assertThat(measured(ideal, SpinChannel.PLUS_MINUS)).isEqualTo(PM);
        assertThat(measured(ideal, SpinChannel.MINUS_PLUS)).isEqualTo(MP);
        // Without an analyser a channel sees both reflected spins (refl1d's R+ = R++ + R+-).
        assertThat(measured(ideal, SpinChannel.PLUS)).isEqualTo(PP + PM);
        assertThat(measured(ideal, SpinChannel.MINUS)).isEqualTo(MM + MP);
    }

    @Test
    void anUnpolarisedBeamMakesTheFirstFlipperIrrelevant() {
        PolarisationEfficiency e = new PolarisationEfficiency(0.5, 1, 0.9, 1);
        assertThat(measured(e, SpinChannel.PLUS_PLUS)).isCloseTo(measured(e, SpinChannel.MINUS_PLUS), within(1e-15))
                .isCloseTo(0.5 * (PP + MP), within(1e-15));
        assertThat(measured(e, SpinChannel.MINUS_MINUS)).isCloseTo(0.5 * (PM + MM), within(1e-15));
    }

    @Test
    void aFlipperThatNeverFlipsMakesMinusTheSameAsPlus() {
        PolarisationEfficiency e = new PolarisationEfficiency(0.97, 0.95, 0, 0);
        assertThat(measured(e, SpinChannel.MINUS_MINUS)).isEqualTo(measured(e, SpinChannel.PLUS_PLUS));
        assertThat(measured(e, SpinChannel.MINUS)).isEqualTo(measured(e, SpinChannel.PLUS));
    }

    @Test
    void imperfectPolariserLeaksTheOtherIncidentSpinByItsFraction() {
        double p = 0.9;
        PolarisationEfficiency e = new PolarisationEfficiency(p, 1, 1, 1);
        assertThat(measured(e, SpinChannel.PLUS_PLUS)).isCloseTo(p * PP + (1 - p) * MP, within(1e-15));
        assertThat(measured(e, SpinChannel.MINUS_MINUS)).isCloseTo(p * MM + (1 - p) * PM, within(1e-15));
        assertThat(measured(e, SpinChannel.PLUS_MINUS)).isCloseTo(p * PM + (1 - p) * MM, within(1e-15));
    }

    @Test
    void imperfectAnalyserLeaksTheOtherReflectedSpin() {
        double a = 0.8;
        PolarisationEfficiency e = new PolarisationEfficiency(1, a, 1, 1);
        assertThat(measured(e, SpinChannel.PLUS_PLUS)).isCloseTo(a * PP + (1 - a) * PM, within(1e-15));
        assertThat(measured(e, SpinChannel.PLUS_MINUS)).isCloseTo(a * PM + (1 - a) * PP, within(1e-15));
    }

    @Test
    void aPerfectSecondFlipperSplitsTheUnanalysedIntensityBetweenTheTwoAnalysedChannels() {
        // With flipper2 = 1 every reflected neutron passes in exactly one of the two analyser settings.
        PolarisationEfficiency e = new PolarisationEfficiency(0.93, 0.87, 0.96, 1);
        for (SpinChannel[] pair : new SpinChannel[][] {{SpinChannel.PLUS_PLUS, SpinChannel.PLUS_MINUS, SpinChannel.PLUS},
                {SpinChannel.MINUS_PLUS, SpinChannel.MINUS_MINUS, SpinChannel.MINUS}}) {
            assertThat(measured(e, pair[0]) + measured(e, pair[1])).isCloseTo(measured(e, pair[2]), within(1e-15));
        }
    }

    @Test
    void channelsAreReadByTheirLabels() {
        for (SpinChannel c : SpinChannel.values()) {
            assertThat(SpinChannel.of(c.label())).isSameAs(c);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpinChannel.of("+x"))
                .hasMessageContaining("unknown spin channel '+x'; expected one of ++, --, +-, -+, +, -, o+, o-");
    }
}
