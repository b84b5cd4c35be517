package org.evofit.core.refl;

import java.util.Arrays;
import java.util.List;

/**
 * A laterally uniform stack of magnetic layers for {@link MagneticKernel}, in the units of the ORSO
 * polarised validation's {@code .layers} files.
 *
 * <p>Layer 0 is the fronting medium, the last layer the backing medium, as in {@link SlabStack}.
 * The magnetisation of layer j lies in the sample plane: {@code sldm[j]} is its magnetic SLD and
 * {@code thetaM[j]} the angle (degrees) between the sample's x axis and the magnetisation, in
 * refl1d's coordinate system (see {@link MagneticKernel}). The fronting medium's absorption and
 * roughness and the thicknesses of both media are ignored, as the format prescribes. The arrays
 * are held, not copied, so a caller may refill them between kernel calls.
 *
 * @param thickness thickness per layer, Å
 * @param sld       nuclear SLD per layer, 1e-6 Å⁻²
 * @param isld      absorption (imaginary SLD) per layer, 1e-6 Å⁻², positive for absorption
 * @param thetaM    in-plane magnetisation angle per layer, degrees from the sample's x axis
 * @param sldm      magnetic SLD per layer, 1e-6 Å⁻²
 * @param roughness roughness of the interface above each layer, Å (index 0 ignored)
 */
public record MagneticSlabs(double[] thickness, double[] sld, double[] isld, double[] thetaM, double[] sldm,
        double[] roughness) {

    /** Checks that all arrays have the same length of at least two layers. */
    public MagneticSlabs {
        int n = thickness.length;
        if (n < 2) {
            throw new IllegalArgumentException("a stack needs at least a fronting and a backing medium, got "
                    + n + " layer(s)");
        }
        if (sld.length != n || isld.length != n || thetaM.length != n || sldm.length != n
                || roughness.length != n) {
            throw new IllegalArgumentException("layer arrays differ in length: thickness " + n + ", sld "
                    + sld.length + ", isld " + isld.length + ", thetaM " + thetaM.length + ", sldm "
                    + sldm.length + ", roughness " + roughness.length);
        }
    }

    /**
     * A stack from the rows of a polarised {@code .layers} file, fronting medium first.
     *
     * @param rows at least two rows
     * @return a stack over new arrays
     */
    public static MagneticSlabs fromLayers(List<MagneticLayer> rows) {
        int n = rows.size();
        double[] d = new double[n];
        double[] sld = new double[n];
        double[] isld = new double[n];
        double[] theta = new double[n];
        double[] m = new double[n];
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++) {
            MagneticLayer row = rows.get(j);
            d[j] = j > 0 && j < n - 1 ? row.thickness() : 0;
            sld[j] = row.sld();
            isld[j] = j == 0 ? 0 : row.isld();
            theta[j] = row.thetaM();
            m[j] = row.sldm();
            sigma[j] = j == 0 ? 0 : row.roughness();
        }
        return new MagneticSlabs(d, sld, isld, theta, m, sigma);
    }

    /** The number of layers, fronting and backing media included. */
    public int layerCount() {
        return thickness.length;
    }

    /** The same layers without magnetisation, for the unpolarised kernels. */
    public SlabStack nuclear() {
        return SlabStack.fromSld(thickness, sld, isld, roughness);
    }

    /** Records compare arrays by identity; this compares contents. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MagneticSlabs s && Arrays.equals(thickness, s.thickness)
                && Arrays.equals(sld, s.sld) && Arrays.equals(isld, s.isld) && Arrays.equals(thetaM, s.thetaM)
                && Arrays.equals(sldm, s.sldm) && Arrays.equals(roughness, s.roughness);
    }

    /** A hash over the contents, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {thickness, sld, isld, thetaM, sldm, roughness});
    }

    /** The layer arrays, for messages and debugging. */
    @Override
    public String toString() {
        return "MagneticSlabs[thickness=" + Arrays.toString(thickness) + ", sld=" + Arrays.toString(sld)
                + ", isld=" + Arrays.toString(isld) + ", thetaM=" + Arrays.toString(thetaM) + ", sldm="
                + Arrays.toString(sldm) + ", roughness=" + Arrays.toString(roughness) + "]";
    }
}
