package org.evofit.core.refl;

/**
 * Scratch memory of {@link MagneticKernel}, so that a warm call allocates nothing. One per thread:
 * not thread-safe. The per-layer arrays grow to the largest stack seen and are then reused.
 */
public final class MagneticWorkspace {

    /** Potential of spin channel 0 (moment along the layer's induction) per layer, Å⁻². */
    double[] v0 = new double[0];
    /** Potential of spin channel 1 per layer, Å⁻². */
    double[] v1 = new double[0];
    /** Absorption part of the potential per layer, Å⁻² (positive). */
    double[] absorption = new double[0];
    /** Spinor bases: the columns of layer j's matrix at 8j are its channels in the lab frame. */
    double[] bases = new double[0];
    /** Overlap of layer j−1's channels on layer j's at 8j (basis(j)ᴴ·basis(j−1)). */
    double[] overlaps = new double[0];

    /** Wavevectors of the two channels in the layers above and below the interface at hand. */
    final double[] upper = new double[4];
    final double[] lower = new double[4];
    /** 1/k of the layer below. */
    final double[] inverseLower = new double[4];
    /** Matrices of the recursion: reflection below, transmission- and reflection-like blocks. */
    final double[] below = new double[SpinMatrices.SIZE];
    final double[] above = new double[SpinMatrices.SIZE];
    final double[] pass = new double[SpinMatrices.SIZE];
    final double[] turn = new double[SpinMatrices.SIZE];
    final double[] left = new double[SpinMatrices.SIZE];
    final double[] right = new double[SpinMatrices.SIZE];
    final double[] product = new double[SpinMatrices.SIZE];
    /** The reflection matrix of the stack for each incident spin's pass. */
    final double[] plusPass = new double[SpinMatrices.SIZE];
    final double[] minusPass = new double[SpinMatrices.SIZE];

    /** A workspace for any stack and any number of points. */
    public MagneticWorkspace() {
    }

    /** Makes room for a stack of n layers. */
    void ensure(int n) {
        if (v0.length < n) {
            v0 = new double[n];
            v1 = new double[n];
            absorption = new double[n];
            bases = new double[SpinMatrices.SIZE * n];
            overlaps = new double[SpinMatrices.SIZE * n];
        }
    }
}
