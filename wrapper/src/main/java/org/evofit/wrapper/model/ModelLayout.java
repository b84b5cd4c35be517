package org.evofit.wrapper.model;

import java.util.List;
import org.evofit.core.param.Coupling;

/**
 * What a model file says besides the parameters' numbers: the model's structure, its couplings and
 * where each data set came from. A {@link ModelDefinition} read from a model file
 * or built in code keeps its layout, so that the model-file writer can write the model back as a
 * file; the numbers come from the definition's current parameters.
 *
 * @param structure the model's components or sample and instrument
 * @param couplings the couplings, in the order they are applied
 * @param data      each data set's origin, in the problem's order
 */
public record ModelLayout(ModelStructure structure, List<Coupling> couplings, List<DataOrigin> data) {

    /** Copies the lists. */
    public ModelLayout {
        couplings = List.copyOf(couplings);
        data = List.copyOf(data);
    }
}
