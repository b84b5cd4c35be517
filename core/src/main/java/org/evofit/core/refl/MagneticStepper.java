package org.evofit.core.refl;

/**
 * The steps of one layer of {@link MagneticKernel}'s recursion over a block of Q values, on the
 * workspace's structure-of-arrays state (see {@link MagneticSteps} for what each computes). Two
 * implementations give the same bits: {@link MagneticSteps}, one Q value at a time, and
 * {@link VectorMagneticSteps}, several per instruction. A call handles {@code len} Q values; the vector
 * steps need it a multiple of their lane count, which {@link MagneticKernel} pads the block to.
 */
interface MagneticStepper {

    /** The Q values each instruction handles: every {@code len} below must be a multiple of it. */
    int lanes();

    /**
     * The wavevectors of layer j's two channels into the rows of ws.state from k (re k0, im k0, re k1, im k1): ws.lower
     * or ws.upper.
     */
    void roots(MagneticWorkspace ws, int j, double vin, int len, int k);

    /** The products of the wavevectors across the interface at hand into ws.kk. */
    void products(MagneticWorkspace ws, int len);

    /**
     * The Névot–Croce factors of the interface at hand into ws.g; s2 = −2σ². The scalar steps fill all four;
     * the vector steps only g_00 (and its exponent), and their {@link #entries} derive the others in the step that
     * uses them.
     */
    void roughness(MagneticWorkspace ws, double s2, boolean flips, int len);

    /**
     * The blocks of interface j (ws.kk its wavevectors' products, ws.g its roughness factors) into ws.t
     * and ws.r: T_nm = O_nm·k_{1−n}·(k_n + k_m), R_nm = O_nm·k_{1−n}·(k_n − k_m)·g_nm, n a channel below,
     * m one above (see {@link MagneticKernel}), taken as O_nm·(k_0·k_1 ± k_{1−n}·k_m) from the products.
     * Collinear layers have no spin-flip terms. s2 = −2σ², as {@link #roughness} had it.
     */
    default void blocks(MagneticWorkspace ws, int j, double s2, boolean flips, int len) {
        final int b = MagneticWorkspace.BLOCK;
        final double[] o = ws.overlaps;
        final int base = SpinMatrices.SIZE * j;
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 2; m++) {
                int e = 4 * n + 2 * m;
                if (n != m && !flips) {
                    java.util.Arrays.fill(ws.state, ws.t() + e * b, ws.t() + (e + 2) * b, 0);
                    java.util.Arrays.fill(ws.state, ws.r() + e * b, ws.r() + (e + 2) * b, 0);
                    continue;
                }
                entries(o[base + e], o[base + e + 1], (4 * (1 - n) + 2 * m) * b, e * b, s2, len, ws);
            }
        }
    }

    /**
     * One element of T and R, in the rows from {@code at}: T = o·(p + q) and R = o·(p − q)·g, with p = k_0·k_1
     * below (ws.kk's rows 8 and 9) and q = k_{1−n}·k_m from ws.kk's rows at {@code other}, g the roughness factor
     * at {@code at}: from ws.g, or derived here from g_00 where {@link #roughness} left it to this step (s2 = −2σ²).
     */
    void entries(double or, double oi, int other, int at, double s2, int len, MagneticWorkspace ws);

    /** ws.l ← T and ws.p ← −R, below a backing medium. */
    void bottom(MagneticWorkspace ws, int len);

    /** ws.l ← T − Y·R and ws.p ← Y·T − R. */
    void combine(MagneticWorkspace ws, int len);

    /** ws.y ← adj(L)·P and ws.inv ← 1/det(L). */
    void solve(MagneticWorkspace ws, int len);

    /**
     * {@link #combine} then {@link #solve} (ws.y ← adj(L)·P and ws.inv ← 1/det(L)), which an implementation may take
     * in one go without leaving L and P in ws.l and ws.p.
     */
    default void update(MagneticWorkspace ws, int len) {
        combine(ws, len);
        solve(ws, len);
    }

    /** ws.y ← ws.y·ws.inv, where no layer is crossed. */
    void normalise(MagneticWorkspace ws, int len);

    /** ws.y ← E·(ws.y·ws.inv)·E across a layer of thickness d. */
    void cross(MagneticWorkspace ws, double d, int len);
}
