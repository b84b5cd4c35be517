package org.evofit.core.refl;

/**
 * The layout of complex 2×2 matrices in {@link MagneticKernel}'s workspace: eight doubles (re, im of
 * the elements 00, 01, 10, 11), at an offset of a shared array or in eight rows of a block.
 */
final class SpinMatrices {

    /** Doubles per matrix. */
    static final int SIZE = 8;

    private SpinMatrices() {
    }
}
