package org.evofit.core.refl;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One data set's shared smearing grids, one for each rung of a fixed ladder of fringe frequencies, so that the grid a
 * stack is smeared on depends on that stack alone.
 *
 * <p>The grid must follow the stack's fringes, whose frequency grows with its total thickness D (up to 2D radians
 * per Å⁻¹). A stack takes the lowest rung at or above {@link #HEADROOM}·2D, the rungs {@link #BASE}·√1.25^k: between
 * 1.25 and 1.40 times what its fringes need. Why not one grid grown as thicker stacks come, as before: then a stack
 * was smeared on the grid of the thickest stack its thread had seen, so a fit's result depended on which trials each
 * thread happened to evaluate first (examples/neutron-film with `constant` widths on 2 threads ended at FOMs that
 * differed in the ninth digit from run to run, though one thread gave the same bits every time). A rung is built the
 * first time a stack needs it (the only calls that allocate); a fit whose thicknesses span 1100-1400 Å uses two or
 * three. Thread-safe: rungs are immutable and published atomically.
 */
final class GridLadder {

    /** The least margin of a rung over the frequency a stack's fringes need. */
    static final double HEADROOM = 1.25;
    /** The lowest rung, radians per unit of x: the fringes of a 32 Å stack. */
    private static final double BASE = 64;
    /** The ratio of neighbouring rungs. */
    private static final double STEP = Math.sqrt(HEADROOM);
    /** Rungs kept: the last one is ~1e14 Å; a stack beyond it gets a grid of its own on every call. */
    private static final int RUNGS = 256;
    /**
     * Each rung's frequency, worked out once: StrictMath.pow (Java code on JDK 17) allocates, and the rung is
     * chosen on every call.
     */
    private static final double[] FREQUENCIES = new double[RUNGS];

    static {
        for (int rung = 0; rung < RUNGS; rung++) {
            FREQUENCIES[rung] = BASE * StrictMath.pow(STEP, rung);
        }
    }

    private final double[] q;
    private final double[] sigma;
    private final SmearingSettings settings;
    private final AtomicReferenceArray<ResolutionSmearing> rungs = new AtomicReferenceArray<>(RUNGS);
    /** The grid {@link #pin} set for every stack up to its thickness, or {@code null}. */
    private volatile Pin pinned;
    private volatile ResolutionSmearing latest;

    GridLadder(double[] q, double[] sigma, SmearingSettings settings) {
        this.q = q;
        this.sigma = sigma;
        this.settings = settings;
    }

    /** The grid for a stack of this total thickness, Å: the pinned one up to its thickness, else its rung's. */
    ResolutionSmearing mapFor(double thickness) {
        Pin pin = pinned;
        if (pin != null && thickness <= pin.thickness()) {
            return pin.map();
        }
        return rungFor(thickness);
    }

    /** The grid of the rung of a stack of this thickness, built the first time. */
    private ResolutionSmearing rungFor(double thickness) {
        double needed = HEADROOM * Math.max(settings.maxFrequency(), 2 * thickness);
        int rung = rung(needed);
        if (rung >= RUNGS) {
            return build(needed);
        }
        ResolutionSmearing map = rungs.get(rung);
        if (map == null) {
            map = build(FREQUENCIES[rung]);
            rungs.compareAndSet(rung, null, map);
            map = rungs.get(rung);
        }
        return map;
    }

    /** Builds the grid for stacks up to this thickness now, and smears every stack up to it on that grid. */
    void pin(double thickness) {
        pinned = new Pin(rungFor(thickness), thickness);
    }

    /** The grid built last (for reporting), or {@code null} before the first. */
    ResolutionSmearing latest() {
        return latest;
    }

    /** The lowest rung at or above this frequency, {@link #RUNGS} beyond the last. */
    private static int rung(double needed) {
        if (!(needed > BASE)) {
            return 0;
        }
        int at = Arrays.binarySearch(FREQUENCIES, needed);
        return at >= 0 ? at : -at - 1;
    }

    private ResolutionSmearing build(double frequency) {
        ResolutionSmearing map = ResolutionSmearing.pointwise(q, sigma, settings.withMaxFrequency(frequency),
                ResolutionSmearing.CUT_REACH);
        latest = map;
        return map;
    }

    /** A grid set for every stack up to a thickness, Å. */
    private record Pin(ResolutionSmearing map, double thickness) {
    }
}
