package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * A joint model gives each data set exactly what the reflectivity model of its own sample and
 * instrument gives alone, and a parameter two samples share moves both data sets.
 */
class JointReflectivityModelTest {

    private static final GenxInstrument NEUTRONS = new GenxInstrument(Probe.NEUTRON, 4.75, Coordinates.Q, 1, 0, 0,
            0.001, GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
    private static final GenxInstrument XRAYS = new GenxInstrument(Probe.XRAY, 1.54, Coordinates.Q, 1, 0, 0,
            0.001, GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
    private static final double[] Q = {0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.16, 0.2};

    private static LayerSpec sld(String name, double sld, double d, double sigma) {
        return LayerSpec.of(name, LayerSpec.Kind.SLD, null, 1, false, q -> switch (q) {
            case SLD -> q.fixed(name, sld);
            case D -> d == 0 ? null : q.fitted(name, d, 10, 300);
            case SIGMA -> q.fixed(name, sigma);
            default -> null;
        });
    }

    private static SampleSpec sample(List<LayerSpec> layers, String ambient, String substrate) {
        Map<String, LayerSpec> byName = new LinkedHashMap<>();
        layers.forEach(l -> byName.put(l.name(), l));
        return new SampleSpec(byName, ambient, List.of(new StackSpec("s", List.of("film"), 1)), substrate);
    }

    /** Data set {@code which} of a model producing {@code dataSets} data sets, at its start values. */
    private static double[] curve(org.evofit.core.model.ParameterizedModel model, int dataSets, int which) {
        List<DataSet> data = java.util.Collections.nCopies(dataSets, DataSet.of("d", Q, new double[Q.length]));
        FitProblem problem = FitProblem.create(model, List.of(), List.of(), data,
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        return problem.simulate(problem.startValues())[which];
    }

    private static double[] curve(ReflectivityModel model) {
        return curve(model, 1, 0);
    }

    @Test
    void eachContrastIsItsOwnSampleAndTheSharedFilmMovesBoth() {
        List<LayerSpec> layers = List.of(sld("Si", 2.07, 0, 3), sld("film", 3.5, 120, 4), sld("D2O", 6.36, 0, 5),
                sld("H2O", -0.56, 0, 5));
        SampleSpec d2o = sample(layers, "Si", "D2O");
        SampleSpec h2o = sample(layers, "Si", "H2O");
        InstrumentSpec inst = InstrumentSpec.of("neutron", NEUTRONS, q -> null);
        JointReflectivityModel joint = new JointReflectivityModel(List.of(
                new JointPart("d2o", "neutron", new ReflectivityModel(d2o, inst, null)),
                new JointPart("h2o", "neutron", new ReflectivityModel(h2o, inst, null))), new int[] {1, 0});

        assertThat(joint.parameters()).extracting(Parameter::name).containsOnlyOnce("film.d", "neutron.I0");
        assertThat(joint.partOf(0).sample()).isEqualTo("h2o");
        double[] alone = curve(new ReflectivityModel(h2o, inst, null));
        assertThat(curve(joint, 2, 0)).containsExactly(alone);
        assertThat(curve(joint, 2, 1))
                .containsExactly(curve(new ReflectivityModel(d2o, inst, null)));
        assertThat(curve(joint, 2, 0)).isNotEqualTo(curve(joint, 2, 1));

        // The film's thickness is one parameter: changing it reaches both contrasts.
        List<Parameter> changed = joint.parameters().stream()
                .map(p -> p.name().equals("film.d") ? p.withValue(150) : p).toList();
        JointReflectivityModel thicker = joint.withParameters(changed);
        List<LayerSpec> thickerLayers = List.of(sld("Si", 2.07, 0, 3), sld("film", 3.5, 150, 4),
                sld("D2O", 6.36, 0, 5), sld("H2O", -0.56, 0, 5));
        assertThat(curve(thicker, 2, 0)).containsExactly(curve(
                new ReflectivityModel(sample(thickerLayers, "Si", "H2O"), inst, null)));
        assertThat(curve(thicker, 2, 1)).containsExactly(curve(
                new ReflectivityModel(sample(thickerLayers, "Si", "D2O"), inst, null)));
    }

    @Test
    void oneCompositionAndDensityGiveTheXrayAndTheNeutronScattering() {
        Composition sio2 = Composition.parse("Si + 2*O");
        Parameter dens = LayerQuantity.DENS.fitted("film", 0.0227, 0.01, 0.04);
        LayerSpec film = LayerSpec.seenBy("film", LayerSpec.Kind.MATERIAL, sio2, 1.54, true,
                q -> q == LayerQuantity.DENS ? dens : q == LayerQuantity.D ? q.fixed("film", 80) : null);
        assertThat(film.parameter(LayerQuantity.F_RE).value()).isEqualTo(sio2.f(1.54).re());
        assertThat(film.parameter(LayerQuantity.B_RE).value()).isEqualTo(sio2.b().re());
        List<LayerSpec> layers = List.of(sld("amb", 0, 0, 0), film, sld("Si", 2.07, 0, 3));
        SampleSpec sample = sample(layers, "amb", "Si");
        ReflectivityModel xray = new ReflectivityModel(sample, InstrumentSpec.of("xray", XRAYS, q -> null), null);
        ReflectivityModel neutron = new ReflectivityModel(sample, InstrumentSpec.of("neutron", NEUTRONS, q -> null),
                null);
        JointReflectivityModel joint = new JointReflectivityModel(List.of(new JointPart("film", "xray", xray),
                new JointPart("film", "neutron", neutron)), new int[] {0, 1});
        assertThat(joint.parameters()).extracting(Parameter::name).contains("xray.wavelength", "neutron.wavelength")
                .containsOnlyOnce("film.dens");

        // Each probe alone, with only its own scattering looked up, is the independent reference.
        LayerSpec xrayOnly = LayerSpec.of("film", LayerSpec.Kind.MATERIAL, sio2, 1.54, true,
                q -> q == LayerQuantity.DENS ? dens : q == LayerQuantity.D ? q.fixed("film", 80) : null);
        LayerSpec neutronOnly = LayerSpec.of("film", LayerSpec.Kind.MATERIAL, sio2, 4.75, false,
                q -> q == LayerQuantity.DENS ? dens : q == LayerQuantity.D ? q.fixed("film", 80) : null);
        assertThat(curve(joint, 2, 0)).containsExactly(curve(new ReflectivityModel(
                sample(List.of(layers.get(0), xrayOnly, layers.get(2)), "amb", "Si"),
                InstrumentSpec.of(XRAYS, q -> null), null)));
        assertThat(curve(joint, 2, 1)).containsExactly(curve(new ReflectivityModel(
                sample(List.of(layers.get(0), neutronOnly, layers.get(2)), "amb", "Si"),
                InstrumentSpec.of(NEUTRONS, q -> null), null)));
    }

    @Test
    void partsThatDisagreeAboutASharedParameterOrThatNoDataSetUsesAreRefused() {
        InstrumentSpec inst = InstrumentSpec.of("neutron", NEUTRONS, q -> null);
        ReflectivityModel thin = new ReflectivityModel(sample(List.of(sld("Si", 2.07, 0, 3), sld("film", 3.5, 100, 4)),
                "Si", "Si"), inst, null);
        ReflectivityModel thick = new ReflectivityModel(sample(List.of(sld("Si", 2.07, 0, 3), sld("film", 3.5, 200, 4)),
                "Si", "Si"), inst, null);
        assertThatThrownBy(() -> new JointReflectivityModel(List.of(new JointPart("a", "neutron", thin),
                new JointPart("b", "neutron", thick)), new int[] {0, 1}))
                .hasMessageContaining("parameter film.d").hasMessageContaining("sample 'b'");
        assertThatThrownBy(() -> new JointReflectivityModel(List.of(new JointPart("a", "neutron", thin),
                new JointPart("b", "neutron", thin)), new int[] {0, 0}))
                .hasMessageContaining("no data set is produced by sample 'b'");
    }

    @Test
    void anInstrumentNamesItsParametersAfterItself() {
        InstrumentSpec spec = InstrumentSpec.of("xray", XRAYS, q -> q == InstrumentQuantity.I0
                ? Parameter.fitted("xray.I0", 2, 1, 3) : null);
        assertThat(spec.name()).isEqualTo("xray");
        assertThat(spec.parameter(InstrumentQuantity.I0).value()).isEqualTo(2);
        assertThat(InstrumentSpec.of(XRAYS, q -> null).name()).isEqualTo("inst");
        assertThatThrownBy(() -> InstrumentSpec.of("xray", XRAYS, q -> q == InstrumentQuantity.I0
                ? Parameter.fixed("inst.I0", 2) : null)).hasMessageContaining("xray.I0");
    }
}
