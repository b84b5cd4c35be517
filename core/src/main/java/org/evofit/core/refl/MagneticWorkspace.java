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

    /** Q values handled together; small enough that a block's state stays in the L1 cache. */
    static final int BLOCK = 64;

    /** kz² in the fronting medium for each Q value of the block. */
    final double[] kz2 = new double[BLOCK];
    /**
     * Wavevectors of the two channels in the layers below and above the interface at hand, in rows of
     * {@link #BLOCK}: re k0, im k0, re k1, im k1; swapped as the recursion moves up a layer.
     */
    double[] lower = new double[4 * BLOCK];
    double[] upper = new double[4 * BLOCK];
    /** The reflection matrix of each Q value (eight rows: re, im of 00, 01, 10, 11). */
    final double[] y = new double[SpinMatrices.SIZE * BLOCK];
    /**
     * Products of the wavevectors across the interface at hand: k_n below times k_m above in the rows
     * of element nm (matrix layout), then k_0·k_1 below.
     */
    final double[] kk = new double[(SpinMatrices.SIZE + 2) * BLOCK];
    /** The Névot–Croce factors of the interface at hand, as a matrix in the same layout. */
    final double[] g = new double[SpinMatrices.SIZE * BLOCK];
    /** The interface blocks T and R. */
    final double[] t = new double[SpinMatrices.SIZE * BLOCK];
    final double[] r = new double[SpinMatrices.SIZE * BLOCK];
    /** The matrices L and P of X = L⁻¹·P. */
    final double[] l = new double[SpinMatrices.SIZE * BLOCK];
    final double[] p = new double[SpinMatrices.SIZE * BLOCK];
    /** 1/det(L) of each Q value (re, im rows), which {@link MagneticSteps#solve} leaves to be applied. */
    final double[] inv = new double[2 * BLOCK];
    /** Per Q value: exponents, angles and their exponentials, for {@link VectorMagneticPhases}. */
    final double[] x = new double[BLOCK];
    final double[] angle = new double[BLOCK];
    final double[] e = new double[BLOCK];
    /** A layer's phase factor exp(2i·k0·d) and the ratio exp(i·(k1 − k0)·d), re and im. */
    final double[] sRe = new double[BLOCK];
    final double[] sIm = new double[BLOCK];
    final double[] fRe = new double[BLOCK];
    final double[] fIm = new double[BLOCK];
    /** Table indices of {@link VectorMath}: one int per lane, and no vector has more lanes than a block. */
    final int[] index = new int[BLOCK];
    /** One Q value and its result, for re-evaluating a degenerate point without allocating. */
    final double[] single = new double[1];
    final SpinChannels singleOut = SpinChannels.ofLength(1);

    /** The steps this workspace's calls run (until the warm-up, for one that switches after it). */
    private final MagneticStepper steps;
    /** Whether the calls run the scalar steps until {@link MagneticWarmUp} has seen the vector ones compiled. */
    private final boolean afterWarmUp;

    /**
     * A workspace for a fit's thread, for any stack and any number of points: its calls run
     * {@link MagneticImplementation#PRODUCTION}, except that the vector steps wait for a background warm-up to
     * see the JIT compile them ({@link MagneticWarmUp}) and the scalar steps, whose numbers are the same to the
     * bit, run until then. The warm-up starts once such workspaces' calls have done enough kernel work to repay
     * it ({@link MagneticWarmUp#WORTH_A_WARM_UP}), not with the workspace: every reflectivity model's evaluator
     * makes one, and neither an unpolarised fit nor a small polarised one must pay seconds of a magnetic warm-up
     * that saves it less.
     */
    public MagneticWorkspace() {
        this(MagneticImplementation.PRODUCTION, MagneticImplementation.PRODUCTION == MagneticImplementation.VECTOR);
    }

    /**
     * A workspace whose calls run the vector steps once {@link MagneticWarmUp} has seen them compiled, the
     * scalar ones until then: what {@link #MagneticWorkspace()} gives when {@link MagneticImplementation#PRODUCTION}
     * is the vector implementation.
     *
     * @throws IllegalStateException where this JVM cannot run the vector steps
     */
    static MagneticWorkspace switchingAfterWarmUp() {
        return new MagneticWorkspace(MagneticImplementation.VECTOR, true);
    }

    /**
     * A workspace whose calls all run one implementation.
     *
     * @throws IllegalStateException for an implementation this JVM cannot run
     */
    public MagneticWorkspace(MagneticImplementation implementation) {
        this(implementation, false);
    }

    private MagneticWorkspace(MagneticImplementation implementation, boolean afterWarmUp) {
        implementation.requireAvailable();
        // One that switches after the warm-up loads the vector steps only then: every reflectivity model's evaluator
        // makes one, and the Vector API's classes cost start-up time.
        this.steps = implementation == MagneticImplementation.VECTOR && !afterWarmUp ? VectorMagneticSteps.VECTOR
                : MagneticSteps.SCALAR;
        this.afterWarmUp = afterWarmUp;
    }

    /**
     * The steps a call runs.
     *
     * @param work the call's Q values × layers × passes, which a workspace that switches after the warm-up counts
     *             towards starting it ({@link MagneticWarmUp#vectorFaster(long)})
     */
    MagneticStepper steps(long work) {
        return afterWarmUp && MagneticWarmUp.vectorFaster(work) ? VectorMagneticSteps.VECTOR : steps;
    }

    /**
     * The kernel's passes over the prepared stack: two where the applied field splits the fronting medium's levels
     * (each incident spin at its own energy, see {@link MagneticKernel}), else one for both.
     */
    int passes() {
        return v1[0] != v0[0] ? 2 : 1;
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
