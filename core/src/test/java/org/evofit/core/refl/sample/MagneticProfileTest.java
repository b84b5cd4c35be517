package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.SldProfile;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * A polarised model's SLD profile holds the magnetic SLD and angle per depth: one thick magnetic layer on a
 * non-magnetic substrate has its own sldm and thetaM inside, none in the substrate, and between them the
 * magnetic SLD follows the two interfaces' error functions; the nuclear SLD is the unpolarised model's.
 */
class MagneticProfileTest {

    private static final double SLDM = 3.7;
    private static final double THETA_M = 240;
    private static final double D = 200;
    private static final double SIGMA_TOP = 4;
    private static final double SIGMA_BOTTOM = 3;

    private static ReflectivityModel unpolarised() {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (LayerSpec l : List.of(PolarisedModelTest.sld("air", 0, 0, 0),
                PolarisedModelTest.sld("Fe", 8.0, D, SIGMA_TOP), PolarisedModelTest.sld("Si", 2.07, 0, SIGMA_BOTTOM))) {
            layers.put(l.name(), l);
        }
        SampleSpec sample = new SampleSpec(layers, "air", List.of(new StackSpec("film", List.of("Fe"), 1)), "Si");
        GenxInstrument plain = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 1, 0, 0, 0.001,
                GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
        return new ReflectivityModel(sample, InstrumentSpec.of(plain, q -> null), null);
    }

    private static double[] start(ReflectivityModel m) {
        return m.parameters().stream().mapToDouble(Parameter::value).toArray();
    }

    @Test
    void aThickMagneticLayerOnANonMagneticSubstrate() {
        ReflectivityModel plain = unpolarised();
        ReflectivityModel polarised = plain.withPolarisation(PolarisedModelTest.polarisation(SLDM, THETA_M,
                SpinChannel.PLUS_PLUS, PolarisationEfficiency.IDEAL));
        SldProfile p = polarised.profile(start(polarised), 1001);
        SldProfile nuclear = plain.profile(start(plain), 1001);

        assertThat(nuclear.magnetic()).isFalse();
        assertThat(p.magnetic()).isTrue();
        assertThat(p.z()).containsExactly(nuclear.z());
        assertThat(p.re()).containsExactly(nuclear.re());
        assertThat(p.im()).containsExactly(nuclear.im());
        int inside = 0;
        int substrate = 0;
        for (int k = 0; k < p.z().length; k++) {
            double z = p.z()[k];
            double expected = SLDM * (step(z, 0, SIGMA_TOP) - step(z, D, SIGMA_BOTTOM));
            assertThat(p.rhoM()[k]).as("rhoM at z = %s", z).isCloseTo(expected, within(1e-12));
            if (z > 8 * SIGMA_TOP && z < D - 8 * SIGMA_BOTTOM) {
                inside++;
                assertThat(p.rhoM()[k]).isCloseTo(SLDM, within(1e-12));
            }
            if (z > D + 4 * SIGMA_BOTTOM) {
                // Past four roughnesses into the substrate only the error function's tail is left.
                substrate++;
                assertThat(p.rhoM()[k]).isLessThan(SLDM * 3.2e-5);
            }
            if (expected > 1e-6) {
                // Deep in an error function's tail the two smeared components are differences of nearly equal
                // numbers: their direction is good to about 1e-15 / rhoM radians.
                assertThat(p.thetaM()[k]).as("thetaM at z = %s", z).isCloseTo(THETA_M, within(1e-6));
            }
        }
        assertThat(inside).isGreaterThan(100);
        assertThat(substrate).isGreaterThan(0);
        // At each interface's depth the error function is half way.
        assertThat(at(p, 0)).isCloseTo(SLDM / 2, within(1e-3));
        assertThat(at(p, D)).isCloseTo(SLDM / 2, within(1e-3));
    }

    @Test
    void anAngleAcrossZeroStaysBetweenZeroAnd360() {
        ReflectivityModel polarised = unpolarised().withPolarisation(PolarisedModelTest.polarisation(-SLDM, 0,
                SpinChannel.MINUS_MINUS, PolarisationEfficiency.IDEAL));
        SldProfile p = polarised.profile(start(polarised), 201);
        // A negative sldm along 0° is the same magnetisation as a positive one along 180°.
        int middle = nearest(p, D / 2);
        assertThat(p.rhoM()[middle]).isCloseTo(SLDM, within(1e-12));
        assertThat(p.thetaM()[middle]).isCloseTo(180, within(1e-9));
        for (double t : p.thetaM()) {
            assertThat(t).isBetween(0.0, 360.0);
        }
    }

    private static double step(double z, double depth, double sigma) {
        return 0.5 * (1 + Erf.erf((z - depth) / (sigma * Math.sqrt(2))));
    }

    /** rhoM linearly between the two depths of the profile around z. */
    private static double at(SldProfile p, double z) {
        int k = 0;
        while (p.z()[k + 1] < z) {
            k++;
        }
        double f = (z - p.z()[k]) / (p.z()[k + 1] - p.z()[k]);
        return p.rhoM()[k] + f * (p.rhoM()[k + 1] - p.rhoM()[k]);
    }

    private static int nearest(SldProfile p, double z) {
        int best = 0;
        for (int k = 1; k < p.z().length; k++) {
            if (Math.abs(p.z()[k] - z) < Math.abs(p.z()[best] - z)) {
                best = k;
            }
        }
        return best;
    }
}
