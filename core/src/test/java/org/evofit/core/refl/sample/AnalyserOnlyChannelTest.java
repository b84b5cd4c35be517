package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.evofit.core.refl.sample.PolarisationEfficiencyTest.MM;
import static org.evofit.core.refl.sample.PolarisationEfficiencyTest.MP;
import static org.evofit.core.refl.sample.PolarisationEfficiencyTest.PM;
import static org.evofit.core.refl.sample.PolarisationEfficiencyTest.PP;
import static org.evofit.core.refl.sample.PolarisationEfficiencyTest.measured;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.refl.SpinChannels;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * The channels measured with an analyser but no polariser ({@code o+}, {@code o-}): an unpolarised beam,
 * normalised by a direct beam through the same analyser, sees the sum over both incident spins of what the
 * analyser passes. Checked against closed forms, against the polarised channels' own optics, and through a
 * whole model against the kernel's cross sections in a field that makes R+− and R−+ differ.
 */
class AnalyserOnlyChannelTest {

    @Test
    void perfectOpticsSumTheIncidentSpinsThatLeaveWithTheAnalysedSpin() {
        PolarisationEfficiency ideal = PolarisationEfficiency.IDEAL;
        assertThat(measured(ideal, SpinChannel.UNPOLARISED_PLUS)).isEqualTo(PP + MP);
        assertThat(measured(ideal, SpinChannel.UNPOLARISED_MINUS)).isEqualTo(PM + MM);
    }

    @Test
    void theAbsentPolariserAndFirstFlipperChangeNothing() {
        for (SpinChannel c : List.of(SpinChannel.UNPOLARISED_PLUS, SpinChannel.UNPOLARISED_MINUS)) {
            double reference = measured(new PolarisationEfficiency(1, 0.9, 1, 0.95), c);
            assertThat(measured(new PolarisationEfficiency(0.6, 0.9, 0.2, 0.95), c)).isEqualTo(reference);
            assertThat(measured(new PolarisationEfficiency(0, 0.9, 0, 0.95), c)).isEqualTo(reference);
        }
    }

    @Test
    void withoutMagnetismBothChannelsAreTheUnpolarisedReflectivityWhateverTheAnalyser() {
        double r = 0.42;
        for (double[] e : new double[][] {{1, 1}, {0.8, 0.9}, {0.5, 0.5}, {0.97, 0}}) {
            PolarisationEfficiency optics = new PolarisationEfficiency(0.3, e[0], 0.7, e[1]);
            assertThat(optics.measured(SpinChannel.UNPOLARISED_PLUS, r, 0, 0, r)).isCloseTo(r, within(1e-15));
            assertThat(optics.measured(SpinChannel.UNPOLARISED_MINUS, r, 0, 0, r)).isCloseTo(r, within(1e-15));
        }
    }

    @Test
    void anUnpolarisedBeamIsTwiceAPolariserOfOneHalfOverTheHalfThatPassesTheAnalyser() {
        // A polariser of 0.5 leaves half the beam in each spin, normalised by the whole beam; the analyser-only
        // channel is normalised by the half of the direct beam the analyser lets through, so it reads twice that.
        double a = 0.83;
        double f2 = 0.91;
        PolarisationEfficiency half = new PolarisationEfficiency(0.5, a, 1, f2);
        PolarisationEfficiency none = new PolarisationEfficiency(1, a, 1, f2);
        assertThat(measured(none, SpinChannel.UNPOLARISED_PLUS))
                .isCloseTo(2 * measured(half, SpinChannel.PLUS_PLUS), within(1e-15));
        assertThat(measured(none, SpinChannel.UNPOLARISED_MINUS))
                .isCloseTo(2 * measured(half, SpinChannel.PLUS_MINUS), within(1e-15));
        // Equally, the two incident spins each polarised perfectly, added.
        PolarisationEfficiency perfectPolariser = new PolarisationEfficiency(1, a, 1, f2);
        assertThat(measured(none, SpinChannel.UNPOLARISED_MINUS)).isCloseTo(measured(perfectPolariser,
                SpinChannel.PLUS_MINUS) + measured(perfectPolariser, SpinChannel.MINUS_MINUS), within(1e-15));
    }

    @Test
    void aWholeModelSeesTheKernelsCrossSectionsWithTheFirstSignIncident() {
        // aguide 5°: the field is nearly along Q, so its Zeeman splitting makes R+- and R-+ differ and a swapped
        // convention would show.
        double aguide = 5;
        double field = 0.5;
        GenxInstrument plain = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 1, 0, 0, 0.001,
                GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
        ReflectivityModel base = new ReflectivityModel(PolarisedModelTest.multilayer(
                PolarisedModelTest.sld("Fe", 8.0, 40, 5)), InstrumentSpec.of(plain, q -> null), null);
        SpinChannels x = PolarisedModelTest.byHand(4.2, 30, PolarisedModelTest.Q, aguide, field);
        double[] q = PolarisedModelTest.Q;
        double flipDifference = 0;
        for (int i = 0; i < q.length; i++) {
            flipDifference = Math.max(flipDifference, Math.abs(x.plusMinus()[i] - x.minusPlus()[i])
                    / x.plusMinus()[i]);
        }
        assertThat(flipDifference).as("R+- against R-+").isGreaterThan(1e-3);
        double[] plus = curve(base, SpinChannel.UNPOLARISED_PLUS, aguide, field);
        double[] minus = curve(base, SpinChannel.UNPOLARISED_MINUS, aguide, field);
        for (int i = 0; i < q.length; i++) {
            assertThat(plus[i]).as("o+ at q = %s", q[i])
                    .isCloseTo(x.plusPlus()[i] + x.minusPlus()[i], withinPercentage(1e-10));
            assertThat(minus[i]).as("o- at q = %s", q[i])
                    .isCloseTo(x.plusMinus()[i] + x.minusMinus()[i], withinPercentage(1e-10));
        }
    }

    private static double[] curve(ReflectivityModel base, SpinChannel channel, double aguide, double field) {
        Polarisation p = PolarisedModelTest.polarisation(4.2, 30, channel, PolarisationEfficiency.IDEAL, aguide,
                field);
        FitProblem problem = FitProblem.create(base.withPolarisation(p), List.of(), List.of(),
                List.of(DataSet.of("d", PolarisedModelTest.Q, new double[PolarisedModelTest.Q.length])),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        return problem.simulate(problem.startValues())[0];
    }
}
