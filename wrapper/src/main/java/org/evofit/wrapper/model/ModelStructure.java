package org.evofit.wrapper.model;

import java.util.List;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.SampleSpec;

/** The structure of a model, one record per model kind a model file can declare. */
public sealed interface ModelStructure {

    /**
     * A {@code kind: curve} model.
     *
     * @param components the components, in the order they are added
     */
    record Curve(List<ComponentSpec> components) implements ModelStructure {

        /** Copies the list. */
        public Curve {
            components = List.copyOf(components);
        }
    }

    /**
     * A {@code kind: reflectivity} model.
     *
     * @param sample     layers, stacks, ambient and substrate
     * @param instrument the instrument's choices (probe, coordinates, resolution and footprint modes)
     * @param accurate   evofit's accurate resolution mode, or {@code null} for GenX's (in the instrument)
     */
    record Reflectivity(SampleSpec sample, GenxInstrument instrument, AccurateResolution accurate)
            implements ModelStructure {
    }
}
