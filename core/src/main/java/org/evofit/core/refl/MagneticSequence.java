package org.evofit.core.refl;

/**
 * Unrolls a {@link LayerSequence} (distinct layers and the order they appear in, as a sample fills it)
 * into the {@link MagneticSlabs} that {@link MagneticKernel} reads, each position taking its distinct
 * layer's magnetic SLD and angle. The potentials go back to SLDs by {@link SlabStack#SLD_TO_U}, so a
 * layer without magnetisation is the same layer the unpolarised kernels see.
 */
public final class MagneticSequence {

    private MagneticSequence() {
    }

    /**
     * The stack of {@code sequence} with each distinct layer's magnetisation, written into {@code reuse}
     * when it has the right number of layers, else into new arrays.
     *
     * @param sequence the layers, as last filled
     * @param sldm     magnetic SLD per distinct layer, 1e-6 Å⁻²
     * @param thetaM   magnetisation angle per distinct layer, degrees
     * @param reuse    a stack to overwrite, or {@code null}
     * @return {@code reuse} or a new stack
     */
    public static MagneticSlabs unroll(LayerSequence sequence, double[] sldm, double[] thetaM, MagneticSlabs reuse) {
        int n = sequence.length;
        MagneticSlabs target = reuse != null && reuse.layerCount() == n ? reuse
                : new MagneticSlabs(new double[n], new double[n], new double[n], new double[n], new double[n],
                        new double[n]);
        for (int j = 0; j < n; j++) {
            int l = sequence.sequence[j];
            boolean medium = j == 0 || j == n - 1;
            target.thickness()[j] = medium ? 0 : sequence.thickness[l];
            target.sld()[j] = sequence.uRe[l] / SlabStack.SLD_TO_U;
            // The fronting medium's absorption is ignored by the polarised kernel's conventions.
            target.isld()[j] = j == 0 ? 0 : -sequence.uIm[l] / SlabStack.SLD_TO_U;
            target.thetaM()[j] = thetaM[l];
            target.sldm()[j] = sldm[l];
            target.roughness()[j] = j == 0 ? 0 : sequence.sigma[sequence.interfaceAt[j]];
        }
        return target;
    }
}
