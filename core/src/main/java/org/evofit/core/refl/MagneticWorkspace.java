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
    final double[] kz2 = rows(BLOCK);
    /**
     * Wavevectors of the two channels in the layers below and above the interface at hand, in rows of
     * {@link #BLOCK}: re k0, im k0, re k1, im k1; swapped as the recursion moves up a layer.
     */
    double[] lower = rows(4 * BLOCK);
    double[] upper = rows(4 * BLOCK);
    /** The reflection matrix of each Q value (eight rows: re, im of 00, 01, 10, 11). */
    final double[] y = rows(SpinMatrices.SIZE * BLOCK);
    /**
     * Products of the wavevectors across the interface at hand: k_n below times k_m above in the rows
     * of element nm (matrix layout), then k_0·k_1 below.
     */
    final double[] kk = rows((SpinMatrices.SIZE + 2) * BLOCK);
    /** The Névot–Croce factors of the interface at hand, as a matrix in the same layout. */
    final double[] g = rows(SpinMatrices.SIZE * BLOCK);
    /** The interface blocks T and R. */
    final double[] t = rows(SpinMatrices.SIZE * BLOCK);
    final double[] r = rows(SpinMatrices.SIZE * BLOCK);
    /** The matrices L and P of X = L⁻¹·P. */
    final double[] l = rows(SpinMatrices.SIZE * BLOCK);
    final double[] p = rows(SpinMatrices.SIZE * BLOCK);
    /** 1/det(L) of each Q value (re, im rows), which {@link MagneticSteps#solve} leaves to be applied. */
    final double[] inv = rows(2 * BLOCK);
    /** Per Q value: exponents, angles and their exponentials, for {@link VectorMagneticPhases}. */
    final double[] x = rows(BLOCK);
    final double[] angle = rows(BLOCK);
    final double[] e = rows(BLOCK);
    /** A layer's phase factor exp(2i·k0·d) and the ratio exp(i·(k1 − k0)·d), re and im. */
    final double[] sRe = rows(BLOCK);
    final double[] sIm = rows(BLOCK);
    final double[] fRe = rows(BLOCK);
    final double[] fIm = rows(BLOCK);
    /** Table indices of {@link VectorMath}: one int per lane, and no vector has more lanes than a block. */
    final int[] index = new int[lineFilling(BLOCK, Integer.BYTES)];
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

    /**
     * A block's state of n doubles (at least), in an array whose whole size, its 16-byte header included, is a
     * multiple of 64 bytes, the size of a cache line and of an AVX-512 vector. Why: this workspace's arrays are
     * allocated one after the other, and the garbage collector copies them together, so each starts where the last
     * one ends; at 4,096 bytes of rows and a 16-byte header, each array's rows sat 16 bytes past the last one's
     * modulo 4 KB, so that vector loads of one array partially overlapped, at those address bits, the vector stores
     * just made to the next (T and R, L and P, the same lane group): the likely cost is the core's wait on them (4K
     * aliasing), and each array was a different number of bytes off a line. Now the rows
     * of any two arrays are a whole number of lines apart. Measured with the arrays placed on purpose in one JVM
     * (MagneticBenchmark's stacks, 0.5 T): 0.93 (40 layers) and 0.95 (10) of the time of the 16-byte layout where
     * the rows are not on line boundaries, 0.82-0.88 where they are (which Java does not let the code choose).
     */
    private static double[] rows(int n) {
        return new double[lineFilling(n, Double.BYTES)];
    }

    /**
     * The least length of at least n elements of this many bytes each for which the whole array, its 16-byte header
     * included, fills a whole number of 64-byte lines ({@link #rows}).
     */
    private static int lineFilling(int n, int bytes) {
        int perLine = 64 / bytes;
        int header = 16 / bytes;
        return (n + header + perLine - 1) / perLine * perLine - header;
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
