package org.evofit.core.refl;

/**
 * Scratch memory of {@link ReflectivityKernel}, so that a call allocates nothing. One per thread:
 * not thread-safe. The size does not depend on the number of layers or points, because the kernel
 * works through the Q values in blocks of {@link #BLOCK}.
 */
public final class KernelWorkspace {

    /** Q values handled together; small enough that the block's state stays in the L1 cache. */
    public static final int BLOCK = 128;

    final double[] kz0 = new double[BLOCK];
    final double[] kRe = new double[BLOCK];
    final double[] kIm = new double[BLOCK];
    final double[] nRe = new double[BLOCK];
    final double[] nIm = new double[BLOCK];
    final double[] dRe = new double[BLOCK];
    final double[] dIm = new double[BLOCK];
    /** One Q value and its result, for re-evaluating a degenerate point without allocating. */
    final double[] single = new double[1];
    final double[] singleOut = new double[1];

    /** A workspace for any stack and any number of points. */
    public KernelWorkspace() {
    }
}
