package org.evofit.core.refl.sample;

/**
 * evofit's own resolution smearing for reflectivity models: the exact integral of the curve over a
 * whole, normalised Gaussian in the data's x coordinate (see
 * {@link org.evofit.core.refl.ResolutionSmearing}), rather than GenX's discretisations. The default
 * for new models.
 */
public enum AccurateResolution {
    /** The same 1-sigma width {@code inst.res} (x units) at every point. */
    CONSTANT("constant"),
    /** The 1-sigma width of each point from the data's resolution column (x units). */
    POINTWISE("pointwise"),
    /** The 1-sigma width {@code inst.res · x} (GenX's dx/x). */
    RELATIVE("relative");

    private final String fileName;

    AccurateResolution(String fileName) {
        this.fileName = fileName;
    }

    /** The name model files use. */
    public String fileName() {
        return fileName;
    }

    /** The mode a model file names, or {@code null} when the name is not one of these. */
    public static AccurateResolution byFileName(String name) {
        for (AccurateResolution r : values()) {
            if (r.fileName.equals(name)) {
                return r;
            }
        }
        return null;
    }
}
