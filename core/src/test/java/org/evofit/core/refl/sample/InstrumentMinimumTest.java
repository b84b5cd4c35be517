package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (defect 9's class): a wavelength must be positive and a resolution width, beam width or sample
 * length cannot be negative, as a start value or a fitted one's min, whoever makes the instrument; the
 * instrument refuses them naming the parameter, the quantity and the instrument.
 */
class InstrumentMinimumTest {

    private static InstrumentSpec instrument(String name, InstrumentQuantity quantity, Parameter p) {
        return InstrumentSpec.of(name, GenxInstrument.defaults(), q -> q == quantity ? p : null);
    }

    @Test
    void theVocabularyGivesTheWavelengthAStrictMinimumAndTheWidthsAndLengthZero() {
        assertThat(InstrumentQuantity.WAVELENGTH.minimumOf("inst"))
                .isEqualTo(new Minimum(0, true, "wavelength, instrument inst"));
        for (InstrumentQuantity q : List.of(InstrumentQuantity.RES, InstrumentQuantity.BEAMW,
                InstrumentQuantity.SAMPLELEN)) {
            assertThat(q.minimumOf("xray")).as(q.key()).isEqualTo(new Minimum(0, false, q.meaning() + ", instrument xray"));
        }
        // A background, an offset and the scale are not limited here.
        assertThat(InstrumentQuantity.IBKG.minimumOf("inst")).isNull();
        assertThat(InstrumentQuantity.TTHOFF.minimumOf("inst")).isNull();
        assertThat(InstrumentQuantity.I0.minimumOf("inst")).isNull();
    }

    @Test
    void negativeWidthsAndLengthsAreRefusedAsValuesAndAsFittedMins() {
        assertThatThrownBy(() -> instrument("inst", InstrumentQuantity.RES, InstrumentQuantity.RES.fixed(-0.01)))
                .hasMessage("inst.res (resolution, 1σ, instrument inst) cannot be negative, but its value is -0.01");
        assertThatThrownBy(() -> instrument("xray", InstrumentQuantity.BEAMW,
                Parameter.fitted("xray.beamw", 0.1, -0.5, 1)))
                .hasMessage("xray.beamw (beam width, instrument xray) cannot be negative, but its min is -0.5;"
                        + " expected min >= 0, since the fit tries values down to its min");
        assertThatThrownBy(() -> instrument("inst", InstrumentQuantity.SAMPLELEN,
                InstrumentQuantity.SAMPLELEN.fixed(-10)))
                .hasMessageStartingWith("inst.samplelen (sample length, instrument inst) cannot be negative");
    }

    @Test
    void aFittedWavelengthsMinOfZeroIsRefusedButAnyPositiveOneAccepted() {
        assertThatThrownBy(() -> instrument("inst", InstrumentQuantity.WAVELENGTH,
                InstrumentQuantity.WAVELENGTH.fitted(1.54, 0, 2)))
                .hasMessage("inst.wavelength (wavelength, instrument inst) must be positive, but its min is 0.0;"
                        + " expected min > 0, since the fit tries values down to its min");
        assertThat(instrument("inst", InstrumentQuantity.WAVELENGTH, InstrumentQuantity.WAVELENGTH.fitted(1.54, 1e-3,
                2)).parameter(InstrumentQuantity.WAVELENGTH).min()).isEqualTo(1e-3);
        assertThat(instrument("inst", InstrumentQuantity.RES, InstrumentQuantity.RES.fitted(0, 0, 0.01))
                .parameter(InstrumentQuantity.RES).value()).isZero();
        assertThat(instrument("inst", InstrumentQuantity.IBKG, InstrumentQuantity.IBKG.fixed(-1e-6))
                .parameter(InstrumentQuantity.IBKG).value()).isEqualTo(-1e-6);
    }

    @Test
    void aModelListsTheInstrumentsMinimumsAfterTheSamplesAndChecksChangedParameters() {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put("Amb", LayerSpec.of("Amb", LayerSpec.Kind.SLD, null, 1.54, true, q -> null));
        SampleSpec sample = new SampleSpec(layers, "Amb", List.of(), "Amb");
        InstrumentSpec inst = instrument("inst", InstrumentQuantity.RES, InstrumentQuantity.RES.fitted(0.01, 0, 0.1));
        ReflectivityModel model = new ReflectivityModel(sample, inst, null);

        assertThat(model.minimums().keySet()).containsExactly("Amb.d", "Amb.sigma", "inst.wavelength", "inst.res",
                "inst.beamw", "inst.samplelen");
        List<Parameter> changed = new ArrayList<>(model.parameters());
        changed.set(changed.indexOf(InstrumentQuantity.RES.fitted(0.01, 0, 0.1)),
                InstrumentQuantity.RES.fitted(0.01, -0.1, 0.1));
        assertThatThrownBy(() -> model.withParameters(changed))
                .hasMessageStartingWith("inst.res (resolution, 1σ, instrument inst) cannot be negative, but its min");
        assertThatThrownBy(() -> inst.check(Parameter.fixed("inst.beamw", -1)))
                .hasMessageStartingWith("inst.beamw (beam width, instrument inst) cannot be negative");
        assertThat(inst.check(Parameter.fixed("other.beamw", -1)).value()).isEqualTo(-1);
    }
}
