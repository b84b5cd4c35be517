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
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * A reflectivity model's layers, stacks and instrument hold their parameters; the model collects them
 * in a fixed order, which a fit problem takes as its slots, and a changed parameter goes back to the
 * value that holds it.
 */
class ModelHoldsItsParametersTest {

    private static final GenxInstrument NEUTRONS = new GenxInstrument(Probe.NEUTRON, 4.0, Coordinates.Q, 1, 0, 0,
            0.001, GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);

    private static ReflectivityModel model(Parameter filmD) {
        LayerSpec amb = LayerSpec.of("amb", LayerSpec.Kind.SLD, null, 4.0, false, q -> null);
        LayerSpec film = LayerSpec.of("film", LayerSpec.Kind.MATERIAL, Composition.parse("Ni"), 4.0, false,
                q -> q == LayerQuantity.D ? filmD : null);
        LayerSpec sub = LayerSpec.of("sub", LayerSpec.Kind.SLD, null, 4.0, false,
                q -> q == LayerQuantity.SLD ? q.fixed("sub", 2.07) : null);
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (LayerSpec l : List.of(amb, film, sub)) {
            layers.put(l.name(), l);
        }
        SampleSpec sample = new SampleSpec(layers, "amb", List.of(new StackSpec("s", List.of("film"), 3)), "sub");
        return new ReflectivityModel(sample, InstrumentSpec.of(NEUTRONS,
                q -> q == InstrumentQuantity.I0 ? q.fitted(1, 0.5, 2) : null), null);
    }

    @Test
    void theModelCollectsEachLayerThenEachStackThenTheInstrumentAndTheProblemTakesThemAsItsFirstSlots() {
        ReflectivityModel model = model(LayerQuantity.D.fitted("film", 100, 50, 150));
        List<String> expected = new ArrayList<>();
        for (String layer : List.of("amb", "film", "sub")) {
            LayerSpec.Kind kind = layer.equals("film") ? LayerSpec.Kind.MATERIAL : LayerSpec.Kind.SLD;
            LayerQuantity.of(kind).forEach(q -> expected.add(q.parameterName(layer)));
        }
        expected.add("s.repetitions");
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            expected.add(q.parameterName());
        }
        assertThat(model.parameters()).extracting(Parameter::name).containsExactlyElementsOf(expected);
        assertThat(model.sampleSpec().layers().get("film").parameter(LayerQuantity.B_RE).value())
                .isEqualTo(Composition.parse("Ni").b().re());

        double[] x = {0.01, 0.02, 0.03, 0.04, 0.05};
        FitProblem problem = FitProblem.create(model, List.of(Parameter.fitted("extra", 1, 0, 2)), List.of(),
                List.of(DataSet.of("d", x, new double[] {1, 1, 1, 1, 1})),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        assertThat(problem.parameters().subList(0, expected.size())).isEqualTo(model.parameters());
        assertThat(problem.freeNames()).containsExactly("film.d", "inst.I0", "extra");
    }

    @Test
    void aChangedStartValueReachesTheLayerThatHoldsIt() {
        double[] x = {0.01, 0.02, 0.03, 0.04, 0.05};
        FitProblem problem = FitProblem.create(model(LayerQuantity.D.fitted("film", 100, 50, 150)), List.of(),
                List.of(), List.of(DataSet.of("d", x, new double[] {1, 1, 1, 1, 1})),
                FiguresOfMerit.byName("diff", NonFinitePolicy.IGNORE));
        ReflectivityModel changed = (ReflectivityModel) problem.withStartValue("film.d", 120).model();
        assertThat(changed.sampleSpec().layers().get("film").parameter(LayerQuantity.D))
                .isEqualTo(LayerQuantity.D.fitted("film", 120, 50, 150));
        assertThat(changed.sampleSpec().stacks().get(0).count()).isEqualTo(3);
    }

    @Test
    void aParameterOfAnotherNameIsRefusedWhereItWouldBeHeld() {
        assertThatThrownBy(() -> model(Parameter.fixed("other.d", 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("film.d");
        assertThatThrownBy(() -> new StackSpec("s", List.of("film"), Parameter.fixed("t.repetitions", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s.repetitions");
        ReflectivityModel model = model(LayerQuantity.D.fixed("film", 100));
        List<Parameter> swapped = new ArrayList<>(model.parameters());
        swapped.set(0, swapped.get(1));
        assertThatThrownBy(() -> model.withParameters(swapped)).isInstanceOf(IllegalArgumentException.class);
    }
}
