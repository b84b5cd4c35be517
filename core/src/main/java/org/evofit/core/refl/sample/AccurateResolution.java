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

    /**
     * Each data point's 1-sigma width in x units under this mode.
     *
     * @param res    the instrument's {@code res}: the width, or its factor of |x| in {@link #RELATIVE}
     * @param x      the data points
     * @param column the data set's resolution column; needed by {@link #POINTWISE} only
     * @param into   receives one width per point
     */
    public void widths(double res, double[] x, double[] column, double[] into) {
        for (int i = 0; i < x.length; i++) {
            into[i] = switch (this) {
                case CONSTANT -> res;
                case RELATIVE -> res * Math.abs(x[i]);
                case POINTWISE -> column[i];
            };
        }
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

    /** A data set's resolution column, which pointwise resolution needs. */
    static double[] column(org.evofit.core.data.DataSet data) {
        if (data.xResolution() == null) {
            throw new IllegalStateException("pointwise resolution needs a resolution column in data set " + data.name());
        }
        return data.xResolution();
    }
}
