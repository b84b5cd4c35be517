package org.evofit.core.refl.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit of every parameter of a reflectivity model, by name, from the vocabulary ({@link LayerQuantity},
 * {@link InstrumentQuantity}, and for polarised neutrons {@link MagneticQuantity} and
 * {@link PolarisationQuantity}); {@code ""} for dimensionless ones such as a stack's repetitions.
 */
final class ModelUnits {

    private ModelUnits() {
    }

    /** The units of the parameters of {@code sample} seen through {@code instrument}, with {@code polarisation} if not null. */
    static Map<String, String> of(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate,
                                  Polarisation polarisation) {
        Map<String, String> units = new LinkedHashMap<>();
        for (LayerSpec layer : sample.layers().values()) {
            List<LayerQuantity> quantities = layer.quantities();
            for (int i = 0; i < quantities.size(); i++) {
                units.put(layer.parameters().get(i).name(), quantities.get(i).unit());
            }
        }
        sample.stacks().forEach(stack -> units.put(stack.repetitions().name(), ""));
        boolean relative = accurate != null ? accurate == AccurateResolution.RELATIVE
                : instrument.choices().restype().relative();
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            units.put(instrument.parameter(q).name(), q.unit(instrument.choices().coords(), relative));
        }
        if (polarisation != null) {
            units.putAll(polarisation.units());
        }
        return units;
    }
}
