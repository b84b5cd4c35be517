package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * Time-of-flight data: x in Q, each point its own wavelength. Each point is what a measurement at its one
 * wavelength gives: a closed-form Fresnel reflectivity of a material whose X-ray f the tables give at the
 * point's λ, times the square-beam footprint at the point's angle; and, for a film under every resolution
 * mode that smears points one by one, the single-wavelength model at that λ evaluated at that point.
 */
class PointWavelengthTest {

    private static final double R_E = 2.8179403227e-5;
    private static final double SAMPLE_MM = 10;
    private static final double BEAM_MM = 0.5;
    private static final Composition SILICON = Composition.parse("Si");
    private static final Composition IRON = Composition.parse("Fe");

    private static GenxInstrument instrument(Probe probe, double wavelength, GenxResolution mode, FootprintType foot) {
        return new GenxInstrument(probe, wavelength, Coordinates.Q, 1.3, 1e-9, 0, 0.0005, mode, 7, 2.5, BEAM_MM,
                foot, SAMPLE_MM);
    }

    private static LayerSpec material(String name, Composition c, double dens, double d, double wavelength,
                                      boolean xray) {
        return LayerSpec.of(name, LayerSpec.Kind.MATERIAL, c, wavelength, xray, q -> switch (q) {
            case DENS -> q.fixed(name, dens);
            case D -> q.fixed(name, d);
            case SIGMA -> q.fixed(name, d == 0 ? 0 : 4);
            default -> null;
        });
    }

    private static LayerSpec sld(String name, double sld, double d) {
        return LayerSpec.of(name, LayerSpec.Kind.SLD, null, 1, false, q -> switch (q) {
            case SLD -> q.fixed(name, sld);
            case D -> q.fixed(name, d);
            case SIGMA -> q.fixed(name, d == 0 ? 0 : 3);
            default -> null;
        });
    }

    private static SampleSpec sample(List<LayerSpec> stack, LayerSpec substrate) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put("amb", sld("amb", 0, 0));
        stack.forEach(l -> layers.put(l.name(), l));
        layers.put(substrate.name(), substrate);
        List<StackSpec> stacks = stack.isEmpty() ? List.of()
                : List.of(new StackSpec("s", stack.stream().map(LayerSpec::name).toList(), 1));
        return new SampleSpec(layers, "amb", stacks, substrate.name());
    }

    private static double[] simulate(ParameterizedModel model, DataSet data) {
        FitProblem problem = FitProblem.create(model, List.of(), List.of(), List.of(data),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        return problem.simulate(problem.startValues())[0];
    }

    private static DataSet tof(double[] q, double[] lambda, double[] dq) {
        return new DataSet("tof", q, new double[q.length], null, dq, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, lambda);
    }

    @Test
    void eachPointIsTheFresnelReflectivityOfItsWavelengthTimesTheFootprintAtItsAngle() {
        double[] q = {0.02, 0.03, 0.03, 0.05, 0.08, 0.11, 0.15};
        double[] lambda = {0.9, 1.1, 1.54, 1.54, 0.71, 1.3, 0.95};
        double dens = 0.0499;
        ReflectivityModel model = new ReflectivityModel(sample(List.of(),
                material("Si", SILICON, dens, 0, 1.54, true)), InstrumentSpec.of(instrument(Probe.XRAY, 1.54,
                GenxResolution.NONE, FootprintType.SQUARE_BEAM), x -> null), null);
        double[] out = simulate(model, tof(q, lambda, null));
        for (int i = 0; i < q.length; i++) {
            ComplexValue f = SILICON.f(lambda[i]);
            double expected = fresnel(q[i], lambda[i], dens, f.re(), f.im())
                    * Math.min(1, SAMPLE_MM / BEAM_MM * lambda[i] * q[i] / (4 * Math.PI)) * 1.3 + 1e-9;
            assertThat(out[i]).as("point %d at %s Å", i, lambda[i]).isCloseTo(expected, within(expected * 1e-10));
        }
        // Same Q, other wavelengths: the absorption edge of the tables and the angle move the point.
        assertThat(out[1]).isNotEqualTo(out[2]);
    }

    /** |(kz0 - kz1)/(kz0 + kz1)|² with kz1² = kz0² - U, U = k0²(2s - s²), s = r_e λ² dens f / 2π (GenX's n). */
    private static double fresnel(double q, double lambda, double dens, double fRe, double fIm) {
        double c = R_E * lambda * lambda / 2 / Math.PI * dens;
        double sRe = c * fRe;
        double sIm = c * fIm;
        double k0sq = Math.pow(2 * Math.PI / lambda, 2);
        double uRe = k0sq * (2 * sRe - (sRe * sRe - sIm * sIm));
        double uIm = k0sq * (2 * sIm - 2 * sRe * sIm);
        double kz0 = q / 2;
        double aRe = kz0 * kz0 - uRe;
        double aIm = -uIm;
        double mod = Math.hypot(aRe, aIm);
        double kRe = Math.sqrt((mod + aRe) / 2);
        double kIm = Math.copySign(Math.sqrt((mod - aRe) / 2), aIm);
        double nRe = kz0 - kRe;
        double dRe = kz0 + kRe;
        return (nRe * nRe + kIm * kIm) / (dRe * dRe + kIm * kIm);
    }

    @Test
    void theFootprintFollowsEachPointsAngle() {
        // Layers given by their SLD scatter alike at every wavelength: at one Q only the angle differs.
        ReflectivityModel model = new ReflectivityModel(sample(List.of(sld("film", 4.0, 150)), sld("Si", 2.07, 0)),
                InstrumentSpec.of(instrument(Probe.NEUTRON, 5, GenxResolution.NONE, FootprintType.SQUARE_BEAM),
                        x -> null), null);
        double[] out = simulate(model, tof(new double[] {0.04, 0.04, 0.04}, new double[] {2, 4, 8}, null));
        double r = (out[0] - 1e-9) / 1.3;
        assertThat((out[1] - 1e-9) / 1.3).isCloseTo(2 * r, within(r * 1e-12));
        assertThat((out[2] - 1e-9) / 1.3).isCloseTo(4 * r, within(r * 1e-12));
    }

    @Test
    void eachPointIsTheSingleWavelengthModelAtItsWavelength() {
        double[] q = {0.015, 0.025, 0.04, 0.06, 0.09, 0.12, 0.16, 0.2};
        double[] lambda = {1.8, 1.6, 1.4, 1.4, 1.0, 0.9, 0.8, 0.7};
        double[] dq = {2e-4, 3e-4, 4e-4, 5e-4, 8e-4, 1e-3, 1.2e-3, 1.5e-3};
        for (Probe probe : List.of(Probe.XRAY, Probe.NEUTRON)) {
            for (GenxResolution mode : List.of(GenxResolution.NONE, GenxResolution.FULL)) {
                compare(probe, mode, null, q, lambda, dq);
            }
            compare(probe, GenxResolution.NONE, AccurateResolution.POINTWISE, q, lambda, dq);
        }
    }

    private static ReflectivityModel film(Probe probe, double wavelength, GenxResolution mode,
                                          AccurateResolution accurate) {
        boolean xray = probe == Probe.XRAY;
        return new ReflectivityModel(sample(List.of(material("Fe", IRON, 0.0848, 80, wavelength, xray),
                sld("cap", 3.0, 20)), material("Si", SILICON, 0.0499, 0, wavelength, xray)),
                InstrumentSpec.of(instrument(probe, wavelength, mode, FootprintType.GAUSSIAN_BEAM), x -> null),
                accurate);
    }

    private static void compare(Probe probe, GenxResolution mode, AccurateResolution accurate, double[] q,
                                double[] lambda, double[] dq) {
        double[] out = simulate(film(probe, 1.54, mode, accurate), tof(q, lambda, dq));
        // GenX's modes compute each point from its own wavelength alone: the same sums, so rounding apart. An
        // accurate mode smears the points of one wavelength on a grid they share, and a point alone gets a grid
        // of its own: the two are the same integral to the smearing's accuracy (issue 17's 1e-6 of the converged
        // curve; measured 1.8e-10 here), not to the rounding. A wrong wavelength moves a point by far more
        // (1 % off: 1e-2 at point 0, the test failing as it should).
        double tolerance = accurate == null ? 1e-12 : 1e-6;
        for (int i = 0; i < q.length; i++) {
            DataSet one = new DataSet("one", new double[] {q[i]}, new double[1], null, new double[] {dq[i]},
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            double alone = simulate(film(probe, lambda[i], mode, accurate), one)[0];
            assertThat(out[i]).as("%s %s %s point %d", probe, mode, accurate, i)
                    .isCloseTo(alone, within(Math.abs(alone) * tolerance));
        }
    }

    @Test
    void fastModesAndBadWavelengthsAreRefused() {
        ReflectivityModel fast = film(Probe.NEUTRON, 5, GenxResolution.FAST_VARYING, null);
        double[] q = {0.02, 0.03};
        assertThatThrownBy(() -> fast.checkPointWavelengths(tof(q, new double[] {4, 5}, null)))
                .hasMessageContaining("fast modes");
        ReflectivityModel plain = film(Probe.NEUTRON, 5, GenxResolution.NONE, null);
        assertThatThrownBy(() -> plain.checkPointWavelengths(tof(q, new double[] {4, -1}, null)))
                .hasMessageContaining("point 2 has wavelength -1.0");
    }
}
