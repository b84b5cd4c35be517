package org.evofit.report;

/**
 * A reflectivity model's SLD profile as sld.csv holds it.
 *
 * @param z    depth, Å
 * @param re   real SLD, 1e-6/Å²
 * @param im   imaginary SLD, 1e-6/Å², or {@code null} when only the real part is known (a posterior band's MAP)
 * @param rhoM magnetic SLD, 1e-6/Å², or {@code null} for a model without polarised neutrons
 */
public record SldData(double[] z, double[] re, double[] im, double[] rhoM) {

    /** A profile without magnetism. */
    public SldData(double[] z, double[] re, double[] im) {
        this(z, re, im, null);
    }
}
