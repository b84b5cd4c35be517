package org.evofit.core.model.curve;

import java.util.Arrays;
import java.util.List;
import org.evofit.core.model.Model;
import org.evofit.core.model.ModelEvaluator;

/**
 * A general curve: the sum of its components, the same for every data set. This is how peaks on a
 * background are fitted (GenX's Peakfit example: four Gaussians and a constant).
 */
public final class CurveModel implements Model {

    private final CurveComponent[] components;

    /** A model summing the given components. */
    public CurveModel(List<CurveComponent> components) {
        this.components = components.toArray(CurveComponent[]::new);
    }

    @Override
    public ModelEvaluator newEvaluator() {
        // Stateless: the components write straight into the caller's buffer.
        return (values, dataSetIndex, data, out) -> {
            Arrays.fill(out, 0.0);
            for (CurveComponent c : components) {
                c.addTo(values, data.x(), out);
            }
        };
    }
}
