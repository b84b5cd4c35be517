package org.evofit.core.refl;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Has the JIT compile {@link VectorKernel} on a background thread while fits evaluate with
 * {@link SequenceKernel}, whose numbers are the same to the bit.
 *
 * <p>Why: until the JIT's optimising compiler has compiled it, vector code runs one boxed object
 * per operation, about a hundred times slower than the scalar kernel, and that compiler takes
 * seconds for the kernel's methods (8.6 s after start with a load of 23 on two cores). A fit
 * whose threads began with the vector kernel would crawl through its first seconds. So the first
 * call of a fit kernel starts this warm-up ({@link WarmUpRace}): a daemon thread runs both kernels on a 40-layer
 * absorbing, rough stack and on the same stack without absorption (the branches fits take) until the vector
 * kernel is the faster in three rounds running, and fit kernels ({@link KernelImplementation#forFits()})
 * switch to it then; a warm-up that never sees that leaves fits on the scalar kernel. Its CPU time is charged
 * to the fit that started it.
 */
final class VectorWarmUp {

    private static final WarmUpRace RACE =
            WarmUpRace.start("evofit-vector-warm-up", account -> race(account, WarmUpRace.MAX_ROUNDS));

    private VectorWarmUp() {
    }

    /** Whether fits should evaluate with the vector kernel now; the first call starts the warm-up. */
    static boolean vectorFaster() {
        return RACE.vectorFaster();
    }

    /**
     * Waits for the warm-up to end.
     *
     * @return whether it ended within the time given
     */
    static boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return RACE.await(timeout, unit);
    }

    /**
     * Races the two kernels on the calling thread ({@link WarmUpRace#race}), charging each round's CPU time to
     * {@code account}.
     *
     * @return whether the vector kernel won
     */
    static boolean race(LongAdder account, int rounds) {
        return WarmUpRace.race(account, rounds, new Race()::round);
    }

    /** Both kernels' workspaces and stacks. */
    private static final class Race {

        private final LayerSequence absorbing;
        private final LayerSequence real;
        private final double[] q = BenchStacks.linear(0, 0.3, VectorKernel.BLOCK);
        private final double[] out = new double[q.length];
        private final VectorKernel.Workspace vector = new VectorKernel.Workspace();
        private final SequenceKernel.Workspace scalar = new SequenceKernel.Workspace();

        Race() {
            // More positions than the walk takes between rescalings, a smooth interface, absorbing and not:
            // a branch the compiled code has not seen would send it back to the interpreter in a fit.
            SlabStack layers = BenchStacks.random(40, 1);
            layers.roughness()[20] = 0;
            absorbing = LayerSequence.of(layers);
            java.util.Arrays.fill(layers.uIm(), 0);
            real = LayerSequence.of(layers);
        }

        /** Times both kernels once: whether the vector one was the faster. */
        boolean round() {
            long start = System.nanoTime();
            VectorKernel.reflectivity(absorbing, q, 0, q.length, out, vector);
            VectorKernel.reflectivity(real, q, 0, q.length, out, vector);
            long middle = System.nanoTime();
            SequenceKernel.reflectivity(absorbing, q, 0, q.length, out, scalar);
            SequenceKernel.reflectivity(real, q, 0, q.length, out, scalar);
            long end = System.nanoTime();
            return middle - start < end - middle;
        }
    }
}
