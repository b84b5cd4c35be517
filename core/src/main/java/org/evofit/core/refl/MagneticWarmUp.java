package org.evofit.core.refl;

import java.util.concurrent.atomic.LongAdder;

/**
 * Has the JIT compile the vector magnetic kernel ({@link VectorMagneticSteps}) on a background thread
 * while fits evaluate with the scalar steps, whose numbers are the same to the bit, for the reason
 * {@link VectorWarmUp} gives (uncompiled vector code is about a hundred times slower). It starts
 * ({@link WarmUpRace}) once the scalar steps of fits' workspaces ({@link MagneticWorkspace#MagneticWorkspace()})
 * have done {@value #WORTH_A_WARM_UP} units of work (Q values × layers × passes, see {@link #vectorFaster(long)}):
 * a daemon thread runs both on a 40-layer non-collinear, absorbing stack with a sharp interface, with and without
 * a field (the branches fits take), until the vector code is the faster in three rounds running, and fits'
 * workspaces switch to it then; a warm-up that never sees that leaves fits on the scalar steps. Its CPU time
 * is charged to the fit whose call started it.
 */
final class MagneticWarmUp {

    /**
     * Kernel work after which the warm-up starts, in Q values × layers × passes: about as much scalar kernel CPU
     * time as the warm-up costs (71-83 ns a unit on the scalar steps; the race 1.4-1.6 CPU-s and the JIT's
     * compilations for it 1.2-1.3 s, FUTURE.md), so that a fit never pays more than about twice what the best
     * choice in hindsight would have cost it, whatever its length: a fit whose kernel work stays below it (the
     * small examples/polarised, whose cross sections a cache serves once the population has converged) pays no
     * warm-up, and one that the kernel dominates (many layers, a field's two passes, many points) switches to
     * the vector steps, 3.5-4x faster, after about three seconds of kernel time.
     */
    static final long WORTH_A_WARM_UP = 40_000_000L;

    /** The scalar steps' work so far, of fits' workspaces on every thread, until the warm-up starts. */
    private static final LongAdder WORK = new LongAdder();
    /** Set once the work has reached {@link #WORTH_A_WARM_UP}: reading {@link Started#RACE} starts the race. */
    private static volatile boolean started;

    private MagneticWarmUp() {
    }

    /**
     * Counts a call's work towards {@link #WORTH_A_WARM_UP}, starting the warm-up when it is reached, and answers
     * whether fits' workspaces should run the vector steps now.
     *
     * @param work the call's Q values × layers × passes
     * @return whether the warm-up has ended with the vector steps the faster
     */
    static boolean vectorFaster(long work) {
        if (!started) {
            WORK.add(work);
            if (WORK.sum() < WORTH_A_WARM_UP) {
                return false;
            }
            started = true;
        }
        return Started.RACE.vectorFaster();
    }

    /** The warm-up, started now if fits' work has not started it yet (for tests). */
    static WarmUpRace start() {
        started = true;
        return Started.RACE;
    }

    /** Holds the race, which the first read of its field starts. */
    private static final class Started {

        static final WarmUpRace RACE =
                WarmUpRace.start("evofit-magnetic-warm-up", account -> race(account, WarmUpRace.MAX_ROUNDS));

        private Started() {
        }
    }

    /**
     * Races the two implementations on the calling thread ({@link WarmUpRace#race}), charging each round's CPU
     * time to {@code account}.
     *
     * @return whether the vector steps won
     */
    static boolean race(LongAdder account, int rounds) {
        return WarmUpRace.race(account, rounds, new Race()::round);
    }

    /** Both implementations' workspaces and the stack. */
    private static final class Race {

        /** Calls of the vector steps on one lane group of Q values per round, before the timed calls. */
        private static final int TRAINING_CALLS = 2;
        /** How far behind the scalar steps the vector ones on one lane group may be to be timed on the block. */
        private static final int BEHIND = 4;
        /** Calls of each vector step on no Q value per round ({@link #callEmpty}). */
        private static final int EMPTY_CALLS = 200;

        private final MagneticSlabs stack = MagneticBenchmark.random(40, 1);
        private final double[] q = BenchStacks.linear(0, 0.3, MagneticWorkspace.BLOCK);
        private final double[] group = new double[VectorMath.SPECIES.length()];
        private final SpinChannels out = SpinChannels.ofLength(q.length);
        private final MagneticWorkspace vector = new MagneticWorkspace(MagneticImplementation.VECTOR);
        private final MagneticWorkspace scalar = new MagneticWorkspace(MagneticImplementation.SCALAR);
        private int next;

        Race() {
            stack.roughness()[20] = 0;
        }

        /**
         * Trains the vector steps, then times both implementations on the whole block: whether the vector one was the
         * faster. While the vector steps on one lane group take more than {@value #BEHIND} times the scalar ones' time
         * per Q value, they are not timed on the whole block (uncompiled, that call costs as much as a hundred of
         * the scalar's) and lose the round.
         */
        boolean round() {
            train();
            long start = System.nanoTime();
            evaluate(vector, group);
            long middle = System.nanoTime();
            evaluate(scalar, q);
            long end = System.nanoTime();
            if ((middle - start) * (q.length / group.length) > BEHIND * (end - middle)) {
                return false;
            }
            start = System.nanoTime();
            evaluate(vector, q);
            return System.nanoTime() - start < end - middle;
        }

        /**
         * Runs the vector steps on one lane group of Q values per call, the groups of the block in turn (so every Q
         * value, and every branch it takes, is seen). Why: the JIT queues a method for its optimising compiler after
         * about 5,000 calls, or 600 calls that with their loop iterations make 15,000, and on a loaded JVM (a fit's,
         * whose own code fills the compilers' queues) scales those thresholds up. A step called on a whole block
         * loops once per lane group, so it needs about 13,000 iterations to be queued, at the cost of uncompiled
         * vector code, about a hundred times the compiled code's; called on one lane group it needs 5,000.
         */
        private void train() {
            for (int i = 0; i < TRAINING_CALLS; i++) {
                System.arraycopy(q, next, group, 0, group.length);
                next = (next + group.length) % q.length;
                evaluate(vector, group);
            }
            for (int i = 0; i < EMPTY_CALLS; i++) {
                callEmpty(VectorMagneticSteps.VECTOR, vector);
            }
        }

        /**
         * Calls every vector step on no Q value: what counts a call towards the JIT's thresholds at no cost, where
         * each real call runs uncompiled vector code, whose every operation calls the Vector API's fallbacks, which
         * then fill the optimising compiler's queue themselves; the real calls above give the profile (each branch
         * taken). Reads the workspace's state from the last real call.
         */
        private static void callEmpty(MagneticStepper steps, MagneticWorkspace ws) {
            steps.roots(ws, 0, 0, 0, ws.lower);
            steps.products(ws, 0);
            steps.roughness(ws, -2, true, 0);
            steps.blocks(ws, 1, -2, true, 0);
            steps.combine(ws, 0);
            steps.solve(ws, 0);
            steps.update(ws, 0);
            steps.normalise(ws, 0);
            steps.cross(ws, 1, 0);
        }

        private void evaluate(MagneticWorkspace ws, double[] at) {
            MagneticKernel.reflectivity(stack, 90, 0, at, 0, at.length, out, ws);
            MagneticKernel.reflectivity(stack, 5, 0.5, at, 0, at.length, out, ws);
        }
    }
}
