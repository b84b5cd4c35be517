package org.evofit.wrapper.model;

import java.util.List;
import org.evofit.core.model.curve.ComponentSpec;

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
     * A {@code kind: reflectivity} model. Its sample, instrument and resolution mode are held by the
     * model itself ({@link org.evofit.core.refl.sample.ReflectivityModel}), with their parameters.
     */
    record Reflectivity() implements ModelStructure {
    }
}
