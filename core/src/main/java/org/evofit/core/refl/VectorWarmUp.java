package org.evofit.core.refl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Has the JIT compile {@link VectorKernel} on a background thread while fits evaluate with
 * {@link SequenceKernel}, whose numbers are the same to the bit.
 *
 * <p>Why: until the JIT's optimising compiler has compiled it, vector code runs one boxed object
 * per operation, about a hundred times slower than the scalar kernel, and that compiler takes
 * seconds for the kernel's methods (8.6 s after start with a load of 23 on two cores). A fit
 * whose threads began with the vector kernel would crawl through its first seconds. So the first
 * fit kernel starts this warm-up: a daemon thread runs both kernels on a 40-layer absorbing, rough
 * stack and on the same stack without absorption (the branches fits take) until the vector kernel
 * is the faster in three rounds running, and fit kernels ({@link KernelImplementation#forFits()})
 * switch to it then. A warm-up that never sees that (a JVM without the optimising compiler) gives
 * up after {@link #MAX_ROUNDS} rounds and leaves fits on the scalar kernel.
 */
final class VectorWarmUp {

    static final int MAX_ROUNDS = 20_000;
    private static final int WINS_NEEDED = 3;

    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile boolean vectorFaster;

    static {
        Thread thread = new Thread(VectorWarmUp::run, "evofit-vector-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private VectorWarmUp() {
    }

    /** Whether fits should evaluate with the vector kernel now; the first call starts the warm-up. */
    static boolean vectorFaster() {
        return vectorFaster;
    }

    /**
     * Waits for the warm-up to end.
     *
     * @return whether it ended within the time given
     */
    static boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return FINISHED.await(timeout, unit);
    }

    private static void run() {
        try {
            // More positions than the walk takes between rescalings, a smooth interface, absorbing and not:
            // a branch the compiled code has not seen would send it back to the interpreter in a fit.
            SlabStack layers = BenchStacks.random(40, 1);
            layers.roughness()[20] = 0;
            LayerSequence absorbing = LayerSequence.of(layers);
            java.util.Arrays.fill(layers.uIm(), 0);
            LayerSequence real = LayerSequence.of(layers);
            double[] q = BenchStacks.linear(0, 0.3, VectorKernel.BLOCK);
            double[] out = new double[q.length];
            VectorKernel.Workspace vector = new VectorKernel.Workspace();
            SequenceKernel.Workspace scalar = new SequenceKernel.Workspace();
            int wins = 0;
            for (int round = 0; round < MAX_ROUNDS && wins < WINS_NEEDED; round++) {
                long start = System.nanoTime();
                VectorKernel.reflectivity(absorbing, q, 0, q.length, out, vector);
                VectorKernel.reflectivity(real, q, 0, q.length, out, vector);
                long middle = System.nanoTime();
                SequenceKernel.reflectivity(absorbing, q, 0, q.length, out, scalar);
                SequenceKernel.reflectivity(real, q, 0, q.length, out, scalar);
                long end = System.nanoTime();
                wins = middle - start < end - middle ? wins + 1 : 0;
            }
            vectorFaster = wins >= WINS_NEEDED;
        } finally {
            FINISHED.countDown();
        }
    }
}
