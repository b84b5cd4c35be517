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

    /** A line of doubles: each range of {@link #state} below starts a whole number of lines from the first. */
    private static final int LINE = 8;
    /*
     * Where each range starts, before the alignment's offset: each one a line past the end of the one before, so
     * that equal rows of two ranges are not a multiple of 4 KB apart (a load from one would wait on a store just made
     * to the other at the same address bits: 4K aliasing), as when they were arrays of their own, one after another.
     */
    private static final int KZ2 = 0;
    private static final int LOWER = after(KZ2, BLOCK);
    private static final int UPPER = after(LOWER, 4 * BLOCK);
    private static final int Y = after(UPPER, 4 * BLOCK);
    private static final int KK = after(Y, SpinMatrices.SIZE * BLOCK);
    private static final int G = after(KK, (SpinMatrices.SIZE + 2) * BLOCK);
    private static final int T = after(G, SpinMatrices.SIZE * BLOCK);
    private static final int R = after(T, SpinMatrices.SIZE * BLOCK);
    private static final int L = after(R, SpinMatrices.SIZE * BLOCK);
    private static final int P = after(L, SpinMatrices.SIZE * BLOCK);
    private static final int INV = after(P, SpinMatrices.SIZE * BLOCK);
    private static final int X = after(INV, 2 * BLOCK);
    private static final int ANGLE = after(X, BLOCK);
    private static final int E = after(ANGLE, BLOCK);
    private static final int S_RE = after(E, BLOCK);
    private static final int S_IM = after(S_RE, BLOCK);
    private static final int F_RE = after(S_IM, BLOCK);
    private static final int F_IM = after(F_RE, BLOCK);
    private static final int LENGTH = after(F_IM, BLOCK);

    /**
     * A block's state: the ranges at the offsets below, each in rows of {@link #BLOCK} doubles, which {@link #align}
     * starts on 64-byte lines ({@link LineAlignment}): one array, so that they move together, with spare room for the
     * offset. The methods below give each range's offset in it.
     */
    final double[] state = new double[LENGTH + LineAlignment.SPARE];
    /**
     * Where the ranges start this call, 0 to {@link LineAlignment#SPARE}: each range's offset is it plus a constant,
     * so that in a loop over i the compiler forms base + i once for all the ranges it reads and writes.
     */
    private int base;
    /**
     * Wavevectors of the two channels in the layers below and above the interface at hand, in rows of
     * {@link #BLOCK}: re k0, im k0, re k1, im k1; swapped as the recursion moves up a layer.
     */
    int lower;
    int upper;
    /** The address of {@link #state}. */
    private final LineAlignment alignment = new LineAlignment(state);
    /** The offset every call takes instead of the measured one, for tests; −1 for none. */
    private int forcedOffset = -1;
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
        align();
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
     * Puts the block state's ranges where the state array now starts them on 64-byte lines, the size of a cache line
     * and of an AVX-512 vector ({@link LineAlignment}); at every kernel call, as the garbage collector may have moved
     * the array. Measured before, with the arrays placed on purpose in one JVM (MagneticBenchmark's stacks, 0.5 T):
     * rows on lines took 0.82-0.88 of the time of rows 16 bytes off a line. Allocates nothing.
     */
    void align() {
        align(forcedOffset >= 0 ? forcedOffset : alignment.offset());
    }

    /** For tests: every call starts the ranges this many doubles in, wherever the array is; −1 to measure again. */
    void forceOffset(int base) {
        forcedOffset = base;
    }

    /** The first address of the state's rows at this moment: a multiple of 64 once {@link #align} has run. */
    long rowsAddress() {
        return alignment.dataAddress() + (long) Double.BYTES * kz2();
    }

    /** Starts the state's ranges {@code base} doubles (0 to {@link LineAlignment#SPARE}) into {@link #state}. */
    void align(int base) {
        this.base = base;
        lower = base + LOWER;
        upper = base + UPPER;
    }

    /** Where a range of n doubles from {@code at} leaves the next one: a line past its end, as the class says. */
    private static int after(int at, int n) {
        return at + n + LINE;
    }

    /**
     * The least length of at least n elements of this many bytes each for which the whole array, its 16-byte header
     * included, fills a whole number of 64-byte lines: so the table indices, read and written a vector at a time,
     * do not share a line with another array's.
     */
    private static int lineFilling(int n, int bytes) {
        int perLine = 64 / bytes;
        int header = 16 / bytes;
        return (n + header + perLine - 1) / perLine * perLine - header;
    }

    /** kz² in the fronting medium for each Q value of the block. */
    int kz2() {
        return base + KZ2;
    }

    /** The reflection matrix of each Q value (eight rows: re, im of 00, 01, 10, 11). */
    int y() {
        return base + Y;
    }

    /**
     * Products of the wavevectors across the interface at hand: k_n below times k_m above in the rows
     * of element nm (matrix layout), then k_0·k_1 below.
     */
    int kk() {
        return base + KK;
    }

    /** The Névot–Croce factors of the interface at hand, as a matrix in the same layout. */
    int g() {
        return base + G;
    }

    /** The interface block T. */
    int t() {
        return base + T;
    }

    /** The interface block R. */
    int r() {
        return base + R;
    }

    /** The matrix L of X = L⁻¹·P. */
    int l() {
        return base + L;
    }

    /** The matrix P of X = L⁻¹·P. */
    int p() {
        return base + P;
    }

    /** 1/det(L) of each Q value (re, im rows), which {@link MagneticSteps#solve} leaves to be applied. */
    int inv() {
        return base + INV;
    }

    /** Per Q value, for {@link VectorMagneticPhases}: exponents. */
    int x() {
        return base + X;
    }

    /** Per Q value: angles. */
    int angle() {
        return base + ANGLE;
    }

    /** Per Q value: the exponentials of {@link #x}. */
    int e() {
        return base + E;
    }

    /** A layer's phase factor exp(2i·k0·d), re. */
    int sRe() {
        return base + S_RE;
    }

    /** A layer's phase factor exp(2i·k0·d), im. */
    int sIm() {
        return base + S_IM;
    }

    /** The ratio exp(i·(k1 − k0)·d), re. */
    int fRe() {
        return base + F_RE;
    }

    /** The ratio exp(i·(k1 − k0)·d), im. */
    int fIm() {
        return base + F_IM;
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
