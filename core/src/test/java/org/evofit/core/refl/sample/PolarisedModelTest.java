package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.MagneticKernel;
import org.evofit.core.refl.MagneticSlabs;
import org.evofit.core.refl.MagneticWorkspace;
import org.evofit.core.refl.SpinChannels;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * A reflectivity model seen by polarised neutrons gives, for its channel, what {@link MagneticKernel} gives for
 * the stack written out by hand; without magnetism its ++ and −− channels are the unpolarised model's curve.
 */
class PolarisedModelTest {

    private static final GenxInstrument NO_RESOLUTION = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 1, 0,
            0, 0.001, GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
    static final double[] Q = {0.005, 0.01, 0.013, 0.02, 0.03, 0.05, 0.08, 0.12, 0.16, 0.2};

    static LayerSpec sld(String name, double sld, double d, double sigma) {
        return LayerSpec.of(name, LayerSpec.Kind.SLD, null, 1, false, q -> switch (q) {
            case SLD -> q.fixed(name, sld);
            case ISLD -> q.fixed(name, sld / 1000);
            case D -> q.fixed(name, d);
            case SIGMA -> q.fixed(name, sigma);
            default -> null;
        });
    }

    /** Air over three Fe/Pt periods (Fe on top of each) on silicon. */
    static SampleSpec multilayer(LayerSpec fe) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (LayerSpec l : List.of(sld("air", 0, 0, 0), fe, sld("Pt", 6.3, 25, 4), sld("Si", 2.07, 0, 3))) {
            layers.put(l.name(), l);
        }
        return new SampleSpec(layers, "air", List.of(new StackSpec("ml", List.of("Pt", "Fe"), 3)), "Si");
    }

    private static List<Parameter> optics(PolarisationEfficiency e, double aguide, double field) {
        double[] v = {aguide, field, e.polariser(), e.analyser(), e.flipper1(), e.flipper2()};
        List<Parameter> out = new ArrayList<>();
        for (PolarisationQuantity q : PolarisationQuantity.values()) {
            out.add(Parameter.fixed(q.parameterName("inst"), v[q.ordinal()]));
        }
        return out;
    }

    static Polarisation polarisation(double sldm, double thetaM, SpinChannel c, PolarisationEfficiency e) {
        return polarisation(sldm, thetaM, c, e, 270, 0.5);
    }

    /** As {@link #polarisation(double, double, SpinChannel, PolarisationEfficiency)} in the guide field given. */
    static Polarisation polarisation(double sldm, double thetaM, SpinChannel c, PolarisationEfficiency e,
                                     double aguide, double field) {
        return new Polarisation(List.of(new LayerMagnetism("Fe", Parameter.fixed("Fe.sldm", sldm),
                Parameter.fixed("Fe.thetaM", thetaM))), optics(e, aguide, field), c);
    }

    private static double[] curve(ReflectivityModel model) {
        FitProblem problem = FitProblem.create(model, List.of(), List.of(),
                List.of(DataSet.of("d", Q, new double[Q.length])), FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        return problem.simulate(problem.startValues())[0];
    }

    /** The stack of {@link #multilayer} written out layer by layer, through the kernel directly. */
    private static SpinChannels byHand(double sldm, double thetaM) {
        return byHand(sldm, thetaM, Q);
    }

    /** As {@link #byHand(double, double)}, at the Q values q. */
    static SpinChannels byHand(double sldm, double thetaM, double[] q) {
        return byHand(sldm, thetaM, q, 270, 0.5);
    }

    /** As {@link #byHand(double, double, double[])} in the guide field given. */
    static SpinChannels byHand(double sldm, double thetaM, double[] q, double aguide, double field) {
        List<double[]> rows = new ArrayList<>(); // d, sld, isld, thetaM, sldm, sigma
        rows.add(new double[] {0, 0, 0, 0, 0, 0});
        for (int r = 0; r < 3; r++) {
            rows.add(new double[] {40, 8.0, 0.008, thetaM, sldm, 5});
            rows.add(new double[] {25, 6.3, 0.0063, 0, 0, 4});
        }
        rows.add(new double[] {0, 2.07, 0.00207, 0, 0, 3});
        int n = rows.size();
        double[][] c = new double[6][n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < 6; k++) {
                c[k][j] = rows.get(j)[k];
            }
        }
        SpinChannels out = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(new MagneticSlabs(c[0], c[1], c[2], c[3], c[4], c[5]), aguide, field, q, 0,
                q.length, out, new MagneticWorkspace());
        return out;
    }

    @Test
    void eachChannelIsTheKernelsCrossSectionOfTheUnrolledStack() {
        SpinChannels expected = byHand(4.2, 30);
        SpinChannel[] order = {SpinChannel.MINUS_MINUS, SpinChannel.MINUS_PLUS, SpinChannel.PLUS_MINUS,
                SpinChannel.PLUS_PLUS};
        ReflectivityModel base = new ReflectivityModel(multilayer(sld("Fe", 8.0, 40, 5)),
                InstrumentSpec.of(NO_RESOLUTION, q -> null), null);
        for (int c = 0; c < 4; c++) {
            double[] r = curve(base.withPolarisation(polarisation(4.2, 30, order[c], PolarisationEfficiency.IDEAL)));
            for (int i = 0; i < Q.length; i++) {
                assertThat(r[i]).as("%s at q = %s", order[c].label(), Q[i])
                        .isCloseTo(expected.get(c)[i], org.assertj.core.api.Assertions.withinPercentage(1e-10));
            }
        }
    }

    @Test
    void withoutMagnetismTheNonSpinFlipChannelsAreTheUnpolarisedCurve() {
        GenxInstrument smeared = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 0.9, 1e-6, 0, 0.002,
                GenxResolution.FAST, 7, 2.5, 0.01, FootprintType.NONE, 10);
        ReflectivityModel base = new ReflectivityModel(multilayer(sld("Fe", 8.0, 40, 5)),
                InstrumentSpec.of(smeared, q -> null), null);
        double[] unpolarised = curve(base);
        // Two different kernels (Parratt's recursion and the 2×2 one): equal to 1e-8, not bit for bit.
        for (SpinChannel c : List.of(SpinChannel.PLUS_PLUS, SpinChannel.MINUS_MINUS, SpinChannel.PLUS)) {
            double[] r = curve(base.withPolarisation(polarisation(0, 0, c, PolarisationEfficiency.IDEAL)));
            for (int i = 0; i < Q.length; i++) {
                assertThat(r[i]).as("%s at q = %s", c.label(), Q[i])
                        .isCloseTo(unpolarised[i], org.assertj.core.api.Assertions.withinPercentage(1e-6));
            }
        }
        double[] flip = curve(base.withPolarisation(polarisation(0, 0, SpinChannel.PLUS_MINUS,
                PolarisationEfficiency.IDEAL)));
        // Only the background is left where nothing flips.
        assertThat(java.util.Arrays.stream(flip).boxed().toList())
                .allSatisfy(r -> assertThat(r).isCloseTo(1e-6, org.assertj.core.api.Assertions.within(1e-15)));
    }

    @Test
    void magnetisationAlongTheGuideFieldFlipsNothingAndAcrossItDoes() {
        ReflectivityModel base = new ReflectivityModel(multilayer(sld("Fe", 8.0, 40, 5)),
                InstrumentSpec.of(NO_RESOLUTION, q -> null), null);
        double[] along = curve(base.withPolarisation(polarisation(4.2, 270, SpinChannel.PLUS_MINUS,
                PolarisationEfficiency.IDEAL)));
        double[] across = curve(base.withPolarisation(polarisation(4.2, 0, SpinChannel.PLUS_MINUS,
                PolarisationEfficiency.IDEAL)));
        assertThat(java.util.Arrays.stream(along).max().orElseThrow()).isLessThan(1e-25);
        assertThat(across[3]).isGreaterThan(1e-4);
    }

    @Test
    void aMomentIsTheMagneticSldOfTheLayersDensity() {
        Composition fe = Composition.parse("Fe");
        double dens = 0.0848;
        LayerSpec material = LayerSpec.of("Fe", LayerSpec.Kind.MATERIAL, fe, 4.75, false, q -> switch (q) {
            case DENS -> q.fixed("Fe", dens);
            case D -> q.fixed("Fe", 40);
            case SIGMA -> q.fixed("Fe", 5);
            default -> null;
        });
        ReflectivityModel base = new ReflectivityModel(multilayer(material), InstrumentSpec.of(NO_RESOLUTION, q -> null),
                null);
        double moment = 2.2;
        Polarisation byMoment = new Polarisation(List.of(new LayerMagnetism("Fe", Parameter.fixed("Fe.moment", moment),
                Parameter.fixed("Fe.thetaM", 30))), optics(PolarisationEfficiency.IDEAL, 270, 0.5), SpinChannel.PLUS_PLUS);
        double[] fromMoment = curve(base.withPolarisation(byMoment));
        double[] fromSld = curve(base.withPolarisation(polarisation(moment * dens * MagneticQuantity.SLD_PER_MOMENT, 30,
                SpinChannel.PLUS_PLUS, PolarisationEfficiency.IDEAL)));
        assertThat(fromMoment).containsExactly(fromSld, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(base.withPolarisation(byMoment).units()).containsEntry("Fe.moment", "μB")
                .containsEntry("Fe.thetaM", "deg").containsEntry("inst.aguide", "deg").containsEntry("inst.H", "T")
                .containsEntry("inst.flipper2", "");
        ReflectivityModel sldLayers = new ReflectivityModel(multilayer(sld("Fe", 8.0, 40, 5)),
                InstrumentSpec.of(NO_RESOLUTION, q -> null), null);
        assertThatThrownBy(() -> sldLayers.withPolarisation(byMoment)).hasMessageContaining("layer Fe gives a moment");
    }

    @Test
    void theMagneticScatteringLengthOfABohrMagnetonIsTheFieldsSldTimesItsInduction() {
        // Independent of CODATA's particle constants: osrefl's C' = 2.3164e-9 Å⁻² per mT (the SLD of a field),
        // times the induction μ0·μB of one Bohr magneton per Å³, in 1e-6 Å⁻².
        double perTesla = 2.3164e-6;
        double induction = 4e-7 * Math.PI * 9.2740100783e-24 * 1e30;
        assertThat(MagneticQuantity.SLD_PER_MOMENT).isCloseTo(perTesla * induction * 1e6,
                org.assertj.core.api.Assertions.withinPercentage(0.05));
        // And Bacon's 0.2695e-12 cm (γ·r_e/2) within the neutron-to-proton mass ratio it leaves out.
        assertThat(MagneticQuantity.SLD_PER_MOMENT / 26.95).isCloseTo(1.67492749804 / 1.67262192369,
                org.assertj.core.api.Assertions.within(2e-4));
    }
}
