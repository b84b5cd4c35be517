package org.evofit.wrapper.io;

import java.util.Map;
import org.evofit.core.model.Model;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;

/**
 * The unit of a parameter, as far as the model defines one: a reflectivity model's layer and
 * instrument parameters have the units of their quantities ({@link org.evofit.core.refl.sample.LayerQuantity},
 * {@link InstrumentQuantity}); a curve's parameters and user variables take whatever units the data
 * have, so they get none (an empty string, never a guess).
 */
public final class ParameterUnits {

    /** Ångström, the length unit of layers and wavelengths. */
    public static final String ANGSTROM = "Å";

    private final Map<String, String> units;

    private ParameterUnits(Map<String, String> units) {
        this.units = units;
    }

    /** The units of {@code model}'s parameters. */
    public static ParameterUnits of(Model model) {
        if (model instanceof ReflectivityModel refl) {
            return new ParameterUnits(refl.units());
        }
        if (model instanceof JointReflectivityModel joint) {
            return new ParameterUnits(joint.units());
        }
        return new ParameterUnits(Map.of());
    }

    /** The unit of the named parameter, or {@code ""} when it has none or none is known. */
    public String unitOf(String name) {
        return units.getOrDefault(name, "");
    }

    /** The unit of a reflectivity data set's x values. */
    static String xUnit(Coordinates coords) {
        return InstrumentQuantity.xUnit(coords);
    }
}
