package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (same class as #9): a thickness, a roughness and a number of repetitions cannot be
 * negative, whoever makes the layer or stack, and neither can a fitted one's lower bound; the layer
 * and stack refuse them, naming the layer or stack and the quantity.
 */
class QuantityMinimumTest {

    private static LayerSpec film(LayerQuantity quantity, Parameter p) {
        return LayerSpec.of("Film", LayerSpec.Kind.SLD, null, 1.54, true, q -> q == quantity ? p : null);
    }

    @Test
    void theVocabularyGivesThicknessRoughnessAndDensityAMinimumOfZeroAndNoOtherQuantityOne() {
        for (LayerQuantity q : LayerQuantity.values()) {
            boolean nonNegative = q == LayerQuantity.D || q == LayerQuantity.SIGMA || q == LayerQuantity.DENS;
            assertThat(q.minimum()).as(q.key()).isEqualTo(nonNegative ? 0 : Double.NEGATIVE_INFINITY);
        }
        assertThat(StackSpec.MIN_REPETITIONS).isZero();
    }

    @Test
    void aLayerRefusesAValueBelowItsQuantitysMinimumNamingTheLayerAndQuantity() {
        assertThatThrownBy(() -> film(LayerQuantity.D, LayerQuantity.D.fixed("Film", -150)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Film.d (thickness, layer Film) cannot be negative, but its value is -150.0");
        assertThatThrownBy(() -> film(LayerQuantity.SIGMA, LayerQuantity.SIGMA.fixed("Film", -4)))
                .hasMessageStartingWith("Film.sigma (roughness of the layer's top interface, layer Film) cannot be"
                        + " negative, but its value is -4.0");
    }

    @Test
    void aFittedQuantitysMinBelowTheMinimumIsRefusedEvenWithTheValueAboveIt() {
        assertThatThrownBy(() -> film(LayerQuantity.D, LayerQuantity.D.fitted("Film", 100, -5, 150)))
                .hasMessageStartingWith("Film.d (thickness, layer Film) cannot be negative, but its min is -5.0;"
                        + " expected min >= 0");
    }

    @Test
    void theMinimumItselfAndAnyValueOfAQuantityWithoutOneAreAccepted() {
        assertThat(film(LayerQuantity.D, LayerQuantity.D.fitted("Film", 0, 0, 10)).parameter(LayerQuantity.D).min())
                .isZero();
        assertThat(film(LayerQuantity.SLD, LayerQuantity.SLD.fitted("Film", -2, -5, 5))
                .parameter(LayerQuantity.SLD).value()).isEqualTo(-2);
        assertThat(new StackSpec("s", List.of("Film"), 0).count()).isZero();
    }

    @Test
    void aStackRefusesNegativeRepetitionsFixedOrAsAFittedMin() {
        assertThatThrownBy(() -> new StackSpec("ML", List.of("Film"), -3))
                .hasMessage("ML.repetitions (number of repetitions, stack ML) cannot be negative, but its value is"
                        + " -3.0");
        assertThatThrownBy(() -> new StackSpec("ML", List.of("Film"), Parameter.fitted("ML.repetitions", 2, -1, 5)))
                .hasMessageStartingWith("ML.repetitions (number of repetitions, stack ML) cannot be negative, but its"
                        + " min is -1.0");
    }

    @Test
    void changingAModelsParametersGoesThroughTheSameCheck() {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put("Amb", LayerSpec.of("Amb", LayerSpec.Kind.SLD, null, 1.54, true, q -> null));
        layers.put("Film", film(LayerQuantity.D, LayerQuantity.D.fitted("Film", 100, 50, 150)));
        SampleSpec sample = new SampleSpec(layers, "Amb", List.of(new StackSpec("s", List.of("Film"), 2)), "Amb");
        ReflectivityModel model = new ReflectivityModel(sample, InstrumentSpec.of(GenxInstrument.defaults(),
                q -> null), null);
        List<Parameter> changed = new ArrayList<>(model.parameters());
        int d = changed.indexOf(LayerQuantity.D.fitted("Film", 100, 50, 150));
        changed.set(d, LayerQuantity.D.fitted("Film", 10, -30, 50));

        assertThatThrownBy(() -> model.withParameters(changed))
                .hasMessageStartingWith("Film.d (thickness, layer Film) cannot be negative, but its min is -30.0");
        assertThatThrownBy(() -> sample.check(Parameter.fixed("s.repetitions", -1)))
                .hasMessageStartingWith("s.repetitions (number of repetitions, stack s) cannot be negative");
        assertThat(sample.check(Parameter.fixed("Film.sld", -1)).value()).isEqualTo(-1);
    }
}
