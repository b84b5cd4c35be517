package org.evofit.wrapper.io;

import org.evofit.core.model.Model;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.sample.InstrumentParameters;
import org.evofit.core.refl.sample.ReflectivityModel;

/**
 * The unit of a parameter, as far as the model defines one: a reflectivity model's layer and
 * instrument parameters have fixed units; a curve's parameters and user variables take whatever
 * units the data have, so they get none (an empty string, never a guess).
 */
public final class ParameterUnits {

    /** Ångström, the length unit of layers and wavelengths. */
    public static final String ANGSTROM = "Å";

    private final Coordinates coords;
    private final boolean relativeResolution;

    private ParameterUnits(Coordinates coords, boolean relativeResolution) {
        this.coords = coords;
        this.relativeResolution = relativeResolution;
    }

    /** The units of {@code model}'s parameters. */
    public static ParameterUnits of(Model model) {
        if (model instanceof ReflectivityModel refl) {
            boolean relative = refl.accurateResolution() != null
                    ? refl.accurateResolution() == org.evofit.core.refl.sample.AccurateResolution.RELATIVE
                    : refl.instrument().restype().relative();
            return new ParameterUnits(refl.instrument().coords(), relative);
        }
        return new ParameterUnits(null, false);
    }

    /** The unit of the named parameter, or {@code ""} when it has none or none is known. */
    public String unitOf(String name) {
        if (coords == null) {
            return "";
        }
        if (name.startsWith(InstrumentParameters.PREFIX)) {
            return switch (name.substring(InstrumentParameters.PREFIX.length())) {
                case "wavelength" -> ANGSTROM;
                case "tthoff" -> "deg";
                case "res" -> relativeResolution ? "" : xUnit(coords);
                case "beamw", "samplelen" -> "mm";
                default -> "";
            };
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        return switch (name.substring(dot + 1)) {
            case "d", "sigma" -> ANGSTROM;
            case "sld", "isld" -> "1e-6/Å²";
            case "dens" -> "1/Å³";
            case "f_re", "f_im" -> "e";
            case "b_re", "b_im" -> "fm";
            default -> "";
        };
    }

    /** The unit of a reflectivity data set's x values. */
    static String xUnit(Coordinates coords) {
        return coords == Coordinates.Q ? "1/Å" : "deg";
    }
}
