package org.evofit.core.refl;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the reflectivity kernel single-threaded, for {@code evofit bench --kernel}.
 *
 * <p>Each case is warmed up, then repeated in batches for at least {@link #minSeconds}; the figure
 * is the fastest batch's time per call divided by points × layers (see {@link #nanosPerCall}). The stacks come from
 * {@link BenchStacks#random} and the Q values are evenly spaced over 0.005–0.5 Å⁻¹.
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

    /**
     * Times the fast kernel and {@link NaiveParratt} on 10, 40 and 200 layers at 1000 Q values.
     *
     * @return one timing per stack size
     */
    public List<KernelTiming> kernel() {
        List<KernelTiming> out = new ArrayList<>();
        for (int layers : new int[] {10, 40, 200}) {
            out.add(kernel(layers, 1000));
        }
        return out;
    }

    /**
     * Times the fast kernel and {@link NaiveParratt} on one stack size.
     *
     * @param layers layers, fronting and backing media included
     * @param points number of Q values
     * @return the timing
     */
    public KernelTiming kernel(int layers, int points) {
        SlabStack stack = BenchStacks.random(layers, 42 + layers);
        double[] q = BenchStacks.linear(0.005, 0.5, points);
        double[] out = new double[points];
        KernelWorkspace ws = new KernelWorkspace();
        double fast = nanosPerCall(() -> ReflectivityKernel.reflectivity(stack, q, out, ws));
        double naive = nanosPerCall(() -> NaiveParratt.reflectivity(stack, q));
        double per = (double) points * layers;
        return new KernelTiming(layers, points, fast / per, naive / per);
    }

    /**
     * Nanoseconds per run: after warm-up, the runs are timed in batches of about a tenth of
     * {@link #minSeconds} until that time has passed, and the fastest batch counts. The machine is
     * shared, and other work can only slow a batch down, so the fastest one is the closest to the
     * code's own cost.
     */
    double nanosPerCall(Runnable task) {
        long warmEnd = System.nanoTime() + (long) (0.4 * minSeconds * 1e9);
        while (System.nanoTime() < warmEnd) {
            task.run();
        }
        long batchNanos = (long) (minSeconds * 1e8);
        long end = System.nanoTime() + (long) (minSeconds * 1e9);
        double best = Double.POSITIVE_INFINITY;
        do {
            long calls = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                task.run();
                calls++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < batchNanos);
            best = Math.min(best, (double) elapsed / calls);
        } while (System.nanoTime() < end);
        return best;
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
            System.out.printf("layers %4d points %5d: fast %7.2f ns, naive %7.2f ns per point×layer (%.1fx)%n",
                    t.layers(), t.points(), t.nsPerPointLayer(), t.baselineNsPerPointLayer(), t.speedup());
        }
    }
}
