package org.evofit.core.refl;

import java.util.concurrent.atomic.LongAdder;

/**
 * Has the JIT compile the vector magnetic kernel ({@link VectorMagneticSteps}) on a background thread
 * while fits evaluate with the scalar steps, whose numbers are the same to the bit, for the reason
 * {@link VectorWarmUp} gives (uncompiled vector code is about a hundred times slower). The first call of a fit's
 * workspace ({@link MagneticWorkspace#MagneticWorkspace()}) starts it ({@link WarmUpRace}): a daemon thread
 * runs both on a 40-layer non-collinear, absorbing stack with a sharp interface, with and without a field
 * (the branches fits take), until the vector code is the faster in three rounds running, and fits'
 * workspaces switch to it then; a warm-up that never sees that leaves fits on the scalar steps. Its CPU time
 * is charged to the fit that started it.
 */
final class MagneticWarmUp {

    /** The warm-up, which the first use of this field starts: whether fits should use the vector steps now. */
    static final WarmUpRace RACE =
            WarmUpRace.start("evofit-magnetic-warm-up", account -> race(account, WarmUpRace.MAX_ROUNDS));

    private MagneticWarmUp() {
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

        private final MagneticSlabs stack = MagneticBenchmark.random(40, 1);
        private final double[] q = BenchStacks.linear(0, 0.3, MagneticWorkspace.BLOCK);
        private final SpinChannels out = SpinChannels.ofLength(q.length);
        private final MagneticWorkspace vector = new MagneticWorkspace(MagneticImplementation.VECTOR);
        private final MagneticWorkspace scalar = new MagneticWorkspace(MagneticImplementation.SCALAR);

        Race() {
            stack.roughness()[20] = 0;
        }

        /** Times both implementations once: whether the vector one was the faster. */
        boolean round() {
            long start = System.nanoTime();
            evaluate(vector);
            long middle = System.nanoTime();
            evaluate(scalar);
            long end = System.nanoTime();
            return middle - start < end - middle;
        }

        private void evaluate(MagneticWorkspace ws) {
            MagneticKernel.reflectivity(stack, 90, 0, q, 0, q.length, out, ws);
            MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, out, ws);
        }
    }
}
