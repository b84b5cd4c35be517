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

    /** Whether the warm-up that ended also saw the grid's vector sums win three rounds running. */
    private static volatile boolean sumsFaster;

    private VectorWarmUp() {
    }

    /** Whether fits should evaluate with the vector kernel now; the first call starts the warm-up. */
    static boolean vectorFaster() {
        return Started.RACE.vectorFaster();
    }

    /**
     * Whether smearing maps should sum their points side by side ({@link ResolutionSmearing#applyBlocks}): a
     * warm-up has ended with the vector kernel the faster and then the vector sums faster than one point at a time
     * in three rounds running. Starts no warm-up: only fits, whose kernels start it, switch.
     */
    static boolean sumsFaster() {
        return sumsFaster;
    }

    /**
     * Waits for the warm-up to end.
     *
     * @return whether it ended within the time given
     */
    static boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return Started.RACE.await(timeout, unit);
    }

    /**
     * Races the two kernels on the calling thread ({@link WarmUpRace#race}), then the grid's two ways of summing,
     * charging each round's CPU time to {@code account}. Changes nothing global: only the JVM's own warm-up publishes
     * what it saw ({@link #sumsFaster()}), so that a shorter race elsewhere cannot switch the sums back off for
     * every map in the JVM.
     *
     * @return who won
     */
    static Outcome race(LongAdder account, int rounds) {
        Race race = new Race();
        boolean won = WarmUpRace.race(account, rounds, race::round);
        // The sums, far shorter than the kernels, may still be compiling: race them on alone (~10 µs a round).
        return new Outcome(won, won && WarmUpRace.race(account, rounds, race::sums));
    }

    /**
     * What a race saw.
     *
     * @param vectorKernel whether the vector kernel won three rounds running
     * @param vectorSums   whether, after that, the grid's vector sums won three rounds running
     */
    record Outcome(boolean vectorKernel, boolean vectorSums) {
    }

    /** The warm-up, started by the first fit kernel that asks ({@link #vectorFaster()}). */
    private static final class Started {

        static final WarmUpRace RACE = WarmUpRace.start("evofit-vector-warm-up", account -> {
            Outcome outcome = race(account, WarmUpRace.MAX_ROUNDS);
            sumsFaster = outcome.vectorSums();
            return outcome.vectorKernel();
        });
    }

    /** Both kernels' workspaces and stacks, and a smearing map's two ways of summing. */
    private static final class Race {

        /** Points of the smearing map the sums race on: ~8 µs of one-point sums. */
        private static final int POINTS = 1000;

        private final LayerSequence absorbing;
        private final LayerSequence real;
        private final double[] q = BenchStacks.linear(0, 0.3, VectorKernel.BLOCK);
        private final double[] out = new double[q.length];
        private final VectorKernel.Workspace vector = new VectorKernel.Workspace();
        private final SequenceKernel.Workspace scalar = new SequenceKernel.Workspace();
        private final ResolutionSmearing map;
        private final double[] values;
        /** Every point's first node, and the same with every fifth block's third point left out. */
        private final int[][] first = new int[2][];
        private final double[] smeared = new double[POINTS];
        private int rounds;

        Race() {
            // More positions than the walk takes between rescalings, a smooth interface, absorbing and not:
            // a branch the compiled code has not seen would send it back to the interpreter in a fit.
            SlabStack layers = BenchStacks.random(40, 1);
            layers.roughness()[20] = 0;
            absorbing = LayerSequence.of(layers);
            java.util.Arrays.fill(layers.uIm(), 0);
            real = LayerSequence.of(layers);
            double[] x = BenchStacks.linear(0.005, 0.3, POINTS);
            double[] sigma = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                sigma[i] = 2e-4 + 0.01 * x[i];
            }
            map = ResolutionSmearing.pointwise(x, sigma, SmearingSettings.REFLECTIVITY.withMaxFrequency(3000),
                    ResolutionSmearing.CUT_REACH);
            values = BenchStacks.linear(1, 0.5, map.nodeCount());
            first[0] = map.firstNodes();
            first[1] = first[0].clone();
            for (int i = 2; i < POINTS; i += 5 * map.blocks().lanes()) {
                first[1][i] = -1;
            }
        }

        /** Times both kernels once, and sums the map both ways: whether the vector kernel was the faster. */
        boolean round() {
            long start = System.nanoTime();
            VectorKernel.reflectivity(absorbing, q, 0, q.length, out, vector);
            VectorKernel.reflectivity(real, q, 0, q.length, out, vector);
            long middle = System.nanoTime();
            SequenceKernel.reflectivity(absorbing, q, 0, q.length, out, scalar);
            SequenceKernel.reflectivity(real, q, 0, q.length, out, scalar);
            long end = System.nanoTime();
            sums();
            return middle - start < end - middle;
        }

        /**
         * Sums the map side by side and one point at a time, alternating which points take part: whether the first
         * was the faster.
         */
        boolean sums() {
            int[] taking = first[rounds++ % 2];
            long start = System.nanoTime();
            map.applyBlocks(values, taking, smeared);
            long middle = System.nanoTime();
            map.applyEach(values, taking, smeared);
            return middle - start < System.nanoTime() - middle;
        }
    }
}
