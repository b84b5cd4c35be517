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

    /** The wavevectors of layer j's two channels into k (rows re k0, im k0, re k1, im k1). */
    void roots(MagneticWorkspace ws, int j, double vin, int len, double[] k);

    /** The products of the wavevectors across the interface at hand into ws.kk. */
    void products(MagneticWorkspace ws, int len);

    /** The Névot–Croce factors of the interface at hand into ws.g; s2 = −2σ². */
    void roughness(MagneticWorkspace ws, double s2, boolean flips, int len);

    /** The interface blocks T and R of interface j into ws.t and ws.r. */
    void blocks(MagneticWorkspace ws, int j, boolean flips, int len);

    /** ws.l ← T and ws.p ← −R, below a backing medium. */
    void bottom(MagneticWorkspace ws, int len);

    /** ws.l ← T − Y·R and ws.p ← Y·T − R. */
    void combine(MagneticWorkspace ws, int len);

    /** ws.y ← adj(L)·P and ws.inv ← 1/det(L). */
    void solve(MagneticWorkspace ws, int len);

    /** ws.y ← ws.y·ws.inv, where no layer is crossed. */
    void normalise(MagneticWorkspace ws, int len);

    /** ws.y ← E·(ws.y·ws.inv)·E across a layer of thickness d. */
    void cross(MagneticWorkspace ws, double d, int len);
}
