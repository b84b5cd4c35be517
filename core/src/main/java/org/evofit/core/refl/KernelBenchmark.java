package org.evofit.core.refl;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the reflectivity kernel single-threaded, for {@code evofit bench --kernel}.
 *
 * <p>Every {@link KernelImplementation} runs on the same cases through the {@link ParrattKernel}
 * interface, the production kernel first. Each case is warmed up, then repeated in batches for at
 * least {@link #minSeconds}; the figure is the fastest batch's time per call divided by points ×
 * layers (see {@link #nanosPerCall}). The stacks come from {@link BenchStacks#random} (every layer
 * distinct, so the sequence kernel gains nothing from repeats) and the Q values are evenly spaced
 * over 0.005–0.5 Å⁻¹. Two periodic stacks ({@link BenchStacks#periodic}: 2 + 2×19 + 2 slabs, like the
 * X-ray multilayer example, and 2×100) show what {@link KernelImplementation#PERIODIC}'s matrix powers save
 * against the plain walk of {@link KernelImplementation#SEQUENCE} on the same stack.
 */
public final class KernelBenchmark {

    private final double minSeconds;

    /** A benchmark that measures each case for at least half a second. */
    public KernelBenchmark() {
        this(0.5);
    }

    /**
     * A benchmark with a chosen measuring time per case.
     *
     * @param minSeconds the least time each case is repeated for, after warm-up
     */
    public KernelBenchmark(double minSeconds) {
        this.minSeconds = minSeconds;
    }

    /** The periodic stacks timed: slabs above, slabs in the repeated block, repeats, slabs below. */
    private static final int[][] PERIODIC = {{2, 2, 19, 2}, {0, 2, 100, 0}};

    /**
     * Times every {@link KernelImplementation} on 10, 40 and 200 layers at 1000 Q values, for stacks
     * where every layer absorbs and for the same stacks without absorption, then on the absorbing
     * periodic stacks.
     *
     * @return one timing per implementation, stack size and kind; the production kernel first
     */
    public List<KernelTiming> kernel() {
        warmUpBothPaths();
        List<KernelTiming> out = new ArrayList<>();
        for (boolean absorbing : new boolean[] {true, false}) {
            for (int layers : new int[] {10, 40, 200}) {
                for (KernelImplementation implementation : implementations()) {
                    out.add(kernel(implementation, layers, 1000, absorbing));
                }
            }
        }
        for (int[] shape : PERIODIC) {
            for (KernelImplementation implementation : implementations()) {
                out.add(periodic(implementation, shape[0], shape[1], shape[2], shape[3], 1000));
            }
        }
        return out;
    }

    /** Every implementation, the production kernel first. */
    static List<KernelImplementation> implementations() {
        List<KernelImplementation> all = new ArrayList<>(List.of(KernelImplementation.values()));
        all.removeIf(implementation -> !implementation.available());
        all.remove(KernelImplementation.PRODUCTION);
        all.add(0, KernelImplementation.PRODUCTION);
        return all;
    }

    /**
     * Runs the fast kernels on absorbing and non-absorbing stacks alike before anything is timed.
     * The JIT compiles a kernel for the branches it has seen; a case that takes new ones (real
     * potentials after absorbing ones) would otherwise pay for a recompilation, which takes the
     * C2 compiler a good part of a second on this machine, inside its measurement.
     */
    private void warmUpBothPaths() {
        if (KernelImplementation.VECTOR.available()) {
            awaitVectorWarmUp();
        }
        double[] q = BenchStacks.linear(0.005, 0.5, 1000);
        double[] out = new double[q.length];
        SlabStack clear = BenchStacks.random(40, 1);
        java.util.Arrays.fill(clear.uIm(), 0);
        LayerSequence absorbing = LayerSequence.of(BenchStacks.random(40, 1));
        LayerSequence real = LayerSequence.of(clear);
        for (KernelImplementation implementation : implementations()) {
            if (!implementation.allocationFree()) {
                continue;
            }
            ParrattKernel kernel = implementation.newKernel();
            long end = System.nanoTime() + (long) (2 * minSeconds * 1e9);
            while (System.nanoTime() < end) {
                kernel.reflectivity(absorbing, q, out);
                kernel.reflectivity(real, q, out);
            }
        }
    }

    /**
     * Waits until {@link VectorWarmUp} has seen the JIT compile the vector kernel: its interpreted
     * code is a hundred times slower, and under load the compiler can take longer than a case's
     * measuring time.
     */
    private static void awaitVectorWarmUp() {
        VectorWarmUp.vectorFaster();
        try {
            VectorWarmUp.await(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Times one implementation on one stack size.
     *
     * @param implementation the kernel
     * @param layers         layers, fronting and backing media included
     * @param points         number of Q values
     * @param absorbing      whether the layers absorb ({@link BenchStacks#random}) or not (the same
     *                       stack with its imaginary potentials zeroed)
     * @return the timing
     */
    public KernelTiming kernel(KernelImplementation implementation, int layers, int points, boolean absorbing) {
        SlabStack stack = BenchStacks.random(layers, 42 + layers);
        if (!absorbing) {
            java.util.Arrays.fill(stack.uIm(), 0);
        }
        LayerSequence sequence = LayerSequence.of(stack);
        double[] q = BenchStacks.linear(0.005, 0.5, points);
        double[] out = new double[points];
        ParrattKernel kernel = implementation.newKernel();
        double nanos = nanosPerCall(() -> kernel.reflectivity(sequence, q, out));
        return new KernelTiming(implementation, KernelTiming.RANDOM, layers, absorbing, points,
                nanos / ((double) points * layers));
    }

    /**
     * Times one implementation on an absorbing periodic stack ({@link BenchStacks#periodic}).
     *
     * @param implementation the kernel
     * @param before         slabs above the repeated block
     * @param period         slabs in the block
     * @param repeats        how often the block repeats
     * @param after          slabs below it
     * @param points         number of Q values
     * @return the timing, per Q point and layer of the unrolled stack (media included)
     */
    public KernelTiming periodic(KernelImplementation implementation, int before, int period, int repeats, int after,
                                 int points) {
        LayerSequence sequence = BenchStacks.periodic(before, period, repeats, after, 42 + repeats);
        double[] q = BenchStacks.linear(0.005, 0.5, points);
        double[] out = new double[points];
        ParrattKernel kernel = implementation.newKernel();
        double nanos = nanosPerCall(() -> kernel.reflectivity(sequence, q, out));
        String shape = (before > 0 ? before + " + " : "") + period + "x" + repeats + (after > 0 ? " + " + after : "");
        return new KernelTiming(implementation, shape, sequence.length(), true, points,
                nanos / ((double) points * sequence.length()));
    }

    /**
     * Times the default smearing against the 17-point Gauss–Legendre quadrature on 100 and 1000
     * log-spaced points over 0.005–0.3 Å⁻¹ with dQ/Q = 5 % FWHM, for a 10-layer stack.
     *
     * @return one timing per point count
     */
    public List<SmearingTiming> smearing() {
        List<SmearingTiming> out = new ArrayList<>();
        for (int points : new int[] {100, 1000}) {
            out.add(smearing(10, points));
        }
        return out;
    }

    /**
     * Times the default smearing against the 17-point Gauss–Legendre quadrature.
     *
     * @param layers layers, fronting and backing media included
     * @param points number of data points
     * @return the timing
     */
    public SmearingTiming smearing(int layers, int points) {
        SlabStack stack = BenchStacks.random(layers, 42 + layers);
        double[] q = new double[points];
        double[] dq = new double[points];
        for (int i = 0; i < points; i++) {
            q[i] = 0.005 * Math.pow(0.3 / 0.005, (double) i / (points - 1));
            dq[i] = 0.05 * q[i] / (2 * Math.sqrt(2 * Math.log(2)));
        }
        double[] out = new double[points];
        SmearingWorkspace ws = new SmearingWorkspace();
        SmearedReflectivity fine = SmearedReflectivity.pointwise(q, dq);
        SmearedReflectivity gauss = SmearedReflectivity.gaussLegendre(q, dq, 17, 3.5);
        fine.reflectivity(stack, out, ws);
        int fineNodes = fine.evaluations(stack);
        double fineNanos = nanosPerCall(() -> fine.reflectivity(stack, out, ws));
        gauss.reflectivity(stack, out, ws);
        double gaussNanos = nanosPerCall(() -> gauss.reflectivity(stack, out, ws));
        return new SmearingTiming(layers, points, fineNanos, fineNodes, gaussNanos, gauss.nodeCount());
    }

    /**
     * Nanoseconds per run: after warm-up, the runs are timed in batches of about a tenth of
     * {@link #minSeconds}, for at least that time and until the fastest batch is three batches old
     * (at most ten times as long), and the fastest batch counts. The machine is shared and other
     * work can only slow a batch down, so the fastest one is the closest to the code's own cost;
     * waiting for it to settle also waits out the JIT recompiling the kernel when a case takes
     * branches the previous one did not.
     *
     * @param task the work to time, run many times
     * @return nanoseconds per run of the fastest batch
     */
    public double nanosPerCall(Runnable task) {
        long warmEnd = System.nanoTime() + (long) (0.4 * minSeconds * 1e9);
        while (System.nanoTime() < warmEnd) {
            task.run();
        }
        long batchNanos = (long) (minSeconds * 1e8);
        long start = System.nanoTime();
        long minEnd = start + (long) (minSeconds * 1e9);
        long maxEnd = start + (long) (10 * minSeconds * 1e9);
        double best = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        do {
            long calls = 0;
            long batchStart = System.nanoTime();
            long elapsed;
            do {
                task.run();
                calls++;
                elapsed = System.nanoTime() - batchStart;
            } while (elapsed < batchNanos);
            double perCall = (double) elapsed / calls;
            if (perCall < 0.98 * best) {
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            best = Math.min(best, perCall);
            long now = System.nanoTime();
            if (now >= maxEnd || now >= minEnd && sinceBest >= 3) {
                return best;
            }
        } while (true);
    }

    /**
     * Prints the timings; for a quick look without the command line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        KernelBenchmark bench = new KernelBenchmark(seconds);
        for (KernelTiming t : bench.kernel()) {
            System.out.printf("%-8s %-12s layers %4d %-13s points %5d: %7.2f ns per point×layer%n",
                    t.implementation().label(), t.stack(), t.layers(), t.absorbing() ? "absorbing" : "non-absorbing",
                    t.points(), t.nsPerPointLayer());
        }
        for (SmearingTiming t : bench.smearing()) {
            System.out.printf("smearing, layers %d points %5d: default %9.0f ns (%d kernel evaluations), "
                    + "17-point %9.0f ns (%d): ratio %.2f%n", t.layers(), t.points(), t.defaultNanos(),
                    t.defaultNodes(), t.baselineNanos(), t.baselineNodes(), t.costRatio());
        }
    }
}
