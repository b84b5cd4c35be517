package org.evofit.core.refl;

import java.util.Arrays;
import java.util.List;

/**
 * A laterally uniform stack of layers for the specular reflectivity kernels.
 *
 * <p>Layer 0 is the fronting (ambient) medium the beam comes from, layers 1..n-2 are slabs and layer
 * n-1 is the backing medium (substrate). Each layer has a complex "potential" U = uRe + i·uIm
 * (Å⁻²) such that the normal wavevector in layer j is
 * <pre>  kz_j = sqrt(kz_0² − (U_j − U_0)),  kz_0 = Q/2,</pre>
 * which is the form {@code k0²(1 − n_j²)} of a refractive index n_j as well as {@code 4π·ρ} of a
 * scattering length density ρ. With the usual time dependence exp(−iωt) an absorbing layer has
 * {@code uIm < 0} (n = 1 − δ + iβ gives Im U = −2k0²(1−δ)β), which makes Im kz_j positive: see
 * {@link #fromSld} for the conversion of the SLD convention ρ' + iρ'' with ρ'' ≥ 0 for absorption.
 *
 * <p>{@code roughness[j]} is the Névot–Croce r.m.s. roughness (Å) of interface j, the interface
 * between layer j−1 and layer j; {@code roughness[0]} is not used. {@code thickness[j]} (Å) is used
 * for the slabs only. The arrays are held, not copied: callers that refill them between kernel calls
 * (a fit does) may do so, as the kernels read them afresh on every call.
 *
 * @param thickness layer thicknesses in Å (ignored for the first and last layer)
 * @param uRe       real part of U per layer, Å⁻²
 * @param uIm       imaginary part of U per layer, Å⁻² (negative for absorption)
 * @param roughness roughness of the interface above each layer, Å (index 0 ignored)
 */
public record SlabStack(double[] thickness, double[] uRe, double[] uIm, double[] roughness) {

    /** 4π · 1e-6: turns an SLD in units of 1e-6 Å⁻² into the potential U in Å⁻². */
    public static final double SLD_TO_U = 4e-6 * Math.PI;

    /** Checks that all arrays have the same length of at least two layers. */
    public SlabStack {
        int n = thickness.length;
        if (n < 2) {
            throw new IllegalArgumentException("a stack needs at least a fronting and a backing medium, got "
                    + n + " layer(s)");
        }
        if (uRe.length != n || uIm.length != n || roughness.length != n) {
            throw new IllegalArgumentException("layer arrays differ in length: thickness " + n + ", uRe "
                    + uRe.length + ", uIm " + uIm.length + ", roughness " + roughness.length);
        }
    }

    /**
     * This stack, refused when a slab's thickness or an interface's roughness is negative: the kernels
     * would compute a number for it, but no sample has it. Reads only; allocates nothing.
     *
     * @throws IllegalArgumentException naming the first such layer (0 is the fronting medium) and value
     */
    public SlabStack requirePhysical() {
        for (int j = 1; j < thickness.length; j++) {
            if (j < thickness.length - 1 && thickness[j] < 0) {
                throw new IllegalArgumentException("layer " + j + " has thickness " + thickness[j]
                        + " Å; a thickness cannot be negative");
            }
            if (roughness[j] < 0) {
                throw new IllegalArgumentException("layer " + j + " has roughness " + roughness[j]
                        + " Å at its top interface; a roughness cannot be negative");
            }
        }
        return this;
    }

    /**
     * A stack from scattering length densities as the ORSO layer files give them.
     *
     * <p>U_j = 4π·1e-6·(sld_j − i·isld_j): the SLD convention writes absorption as a positive
     * imaginary SLD, the opposite sign of the refractive-index convention used by U.
     *
     * @param thickness thickness per layer, Å
     * @param sld       real SLD per layer, 1e-6 Å⁻²
     * @param isld      imaginary (absorption) SLD per layer, 1e-6 Å⁻², positive for absorption
     * @param roughness roughness of the interface above each layer, Å
     * @return a stack over new arrays
     */
    public static SlabStack fromSld(double[] thickness, double[] sld, double[] isld, double[] roughness) {
        int n = sld.length;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = SLD_TO_U * sld[j];
            im[j] = -SLD_TO_U * isld[j];
        }
        return new SlabStack(thickness.clone(), re, im, roughness.clone());
    }

    /**
     * A stack from layer rows as an ORSO {@code .layers} file lists them. The fronting medium's
     * thickness, absorption and roughness and the backing medium's thickness are ignored, as the
     * format prescribes.
     *
     * @param rows at least two rows, fronting first, backing last
     * @return a stack over new arrays
     */
    public static SlabStack fromLayers(List<SldLayer> rows) {
        int n = rows.size();
        double[] d = new double[n];
        double[] sld = new double[n];
        double[] isld = new double[n];
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++) {
            SldLayer row = rows.get(j);
            boolean slab = j > 0 && j < n - 1;
            d[j] = slab ? row.thickness() : 0;
            sld[j] = row.sld();
            isld[j] = j == 0 ? 0 : row.isld();
            sigma[j] = j == 0 ? 0 : row.roughness();
        }
        return fromSld(d, sld, isld, sigma);
    }

    /** The number of layers, fronting and backing media included. */
    public int layerCount() {
        return thickness.length;
    }

    /** The summed thickness of the slabs (layers 1..n-2), Å. */
    public double totalThickness() {
        double sum = 0;
        for (int j = 1; j < thickness.length - 1; j++) {
            sum += thickness[j];
        }
        return sum;
    }

    /** Records compare arrays by identity; this compares contents. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SlabStack s && Arrays.equals(thickness, s.thickness)
                && Arrays.equals(uRe, s.uRe) && Arrays.equals(uIm, s.uIm)
                && Arrays.equals(roughness, s.roughness);
    }

    /** A hash over the contents, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(thickness) + Arrays.hashCode(uRe)) + Arrays.hashCode(uIm))
                + Arrays.hashCode(roughness);
    }

    /** The layer arrays, for messages and debugging. */
    @Override
    public String toString() {
        return "SlabStack[thickness=" + Arrays.toString(thickness) + ", uRe=" + Arrays.toString(uRe)
                + ", uIm=" + Arrays.toString(uIm) + ", roughness=" + Arrays.toString(roughness) + "]";
    }
}
