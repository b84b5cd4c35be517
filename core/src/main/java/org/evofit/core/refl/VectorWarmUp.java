package org.evofit.core.refl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.evofit.core.optim.HelperCpu;

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
 * up after {@link #MAX_ROUNDS} rounds and leaves fits on the scalar kernel. Its CPU time, seconds of it
 * under load, is charged round by round to the fit that started it ({@link HelperCpu}), so that fit's quota
 * and budget count it as they count the fit's other helper threads.
 */
final class VectorWarmUp {

    static final int MAX_ROUNDS = 20_000;
    private static final int WINS_NEEDED = 3;

    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile boolean vectorFaster;

    static {
        // The thread that first asks is a fit's (or one of its helpers'): its account is the fit's.
        LongAdder account = HelperCpu.account();
        Thread thread = new Thread(() -> run(account), "evofit-vector-warm-up");
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

    private static void run(LongAdder account) {
        try {
            vectorFaster = race(account, MAX_ROUNDS);
        } finally {
            FINISHED.countDown();
        }
    }

    /**
     * Races the two kernels on the calling thread until the vector one has won {@value #WINS_NEEDED} rounds
     * running or {@code rounds} rounds have passed, charging each round's CPU time to {@code account}.
     *
     * @return whether the vector kernel won
     */
    static boolean race(LongAdder account, int rounds) {
        Race race = new Race();
        for (int round = 0; round < rounds && race.wins < WINS_NEEDED; round++) {
            HelperCpu.charged(account, race::round);
        }
        return race.wins >= WINS_NEEDED;
    }

    /** Both kernels' workspaces and stacks, and how many rounds running the vector kernel has won. */
    private static final class Race {

        private final LayerSequence absorbing;
        private final LayerSequence real;
        private final double[] q = BenchStacks.linear(0, 0.3, VectorKernel.BLOCK);
        private final double[] out = new double[q.length];
        private final VectorKernel.Workspace vector = new VectorKernel.Workspace();
        private final SequenceKernel.Workspace scalar = new SequenceKernel.Workspace();
        private int wins;

        Race() {
            // More positions than the walk takes between rescalings, a smooth interface, absorbing and not:
            // a branch the compiled code has not seen would send it back to the interpreter in a fit.
            SlabStack layers = BenchStacks.random(40, 1);
            layers.roughness()[20] = 0;
            absorbing = LayerSequence.of(layers);
            java.util.Arrays.fill(layers.uIm(), 0);
            real = LayerSequence.of(layers);
        }

        void round() {
            long start = System.nanoTime();
            VectorKernel.reflectivity(absorbing, q, 0, q.length, out, vector);
            VectorKernel.reflectivity(real, q, 0, q.length, out, vector);
            long middle = System.nanoTime();
            SequenceKernel.reflectivity(absorbing, q, 0, q.length, out, scalar);
            SequenceKernel.reflectivity(real, q, 0, q.length, out, scalar);
            long end = System.nanoTime();
            wins = middle - start < end - middle ? wins + 1 : 0;
        }
    }
}
