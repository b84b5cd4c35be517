package org.evofit.core.refl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times {@link MagneticKernel} for {@code evofit bench --kernel}, single-threaded, in each implementation this
 * JVM can run (the one fits use, {@link MagneticImplementation#PRODUCTION}, first), beside the production
 * unpolarised kernel on the same stacks in the same run, so that the ratio does not depend on what else
 * the machine was doing at another time. Stacks have random non-collinear magnetisation and absorption;
 * each size is timed without a field (one pass gives all four channels) and with 0.5 T at aguide 5°
 * (Zeeman splitting: one pass per incident spin). The two kernels are timed in alternating batches of
 * thread CPU time ({@link PairedTimer}), so that the ratio holds on a loaded machine.
 */
public final class MagneticBenchmark {

    private final PairedTimer timer;

    /**
     * A benchmark with a chosen measuring time per case.
     *
     * @param minSeconds the least CPU time each kernel is repeated for per case, after warm-up
     */
    public MagneticBenchmark(double minSeconds) {
        this.timer = new PairedTimer(minSeconds);
    }

    /** 10, 40 and 200 layers at 1000 Q values, without and with a field, in each implementation the JVM can run. */
    public List<MagneticTiming> measure() {
        List<MagneticTiming> out = new ArrayList<>();
        List<MagneticImplementation> implementations = new ArrayList<>(List.of(MagneticImplementation.PRODUCTION));
        for (MagneticImplementation other : MagneticImplementation.values()) {
            if (other != MagneticImplementation.PRODUCTION && other.available()) {
                implementations.add(other);
            }
        }
        for (MagneticImplementation implementation : implementations) {
            for (double field : new double[] {0, 0.5}) {
                for (int layers : new int[] {10, 40, 200}) {
                    out.add(measure(implementation, layers, 1000, field));
                }
            }
        }
        return out;
    }

    /** Times one stack size in the implementation fits use. */
    public MagneticTiming measure(int layers, int points, double field) {
        return measure(MagneticImplementation.PRODUCTION, layers, points, field);
    }

    /**
     * Times one stack size in one implementation.
     *
     * @param implementation the magnetic kernel's implementation
     * @param layers layers, fronting and backing media included
     * @param points number of Q values
     * @param field  applied field, tesla (at aguide 5° when not zero, 90° otherwise)
     * @return the timing of both kernels
     */
    public MagneticTiming measure(MagneticImplementation implementation, int layers, int points, double field) {
        MagneticSlabs stack = random(layers, 42 + layers);
        double aguide = field == 0 ? 90 : 5;
        double[] q = BenchStacks.linear(0.005, 0.5, points);
        SpinChannels out = SpinChannels.ofLength(points);
        MagneticWorkspace ws = new MagneticWorkspace(implementation);
        LayerSequence nuclear = LayerSequence.of(stack.nuclear());
        ParrattKernel kernel = KernelImplementation.PRODUCTION.newKernel();
        double[] r = new double[points];
        PairedTimer.PairedNanos nanos = timer.nanosPerCall(
                () -> MagneticKernel.reflectivity(stack, aguide, field, q, 0, points, out, ws),
                () -> kernel.reflectivity(nuclear, q, r));
        double perPointLayer = (double) points * layers;
        return new MagneticTiming(implementation.label(), layers, field, points,
                nanos.first() / perPointLayer, nanos.second() / perPointLayer);
    }

    /**
     * A reproducible magnetic stack: nuclear SLDs, absorption, thicknesses and roughness as
     * {@link BenchStacks#random}, magnetic SLDs in [0, 3] at random in-plane angles.
     */
    static MagneticSlabs random(int layers, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] d = new double[layers];
        double[] sld = new double[layers];
        double[] isld = new double[layers];
        double[] theta = new double[layers];
        double[] m = new double[layers];
        double[] sigma = new double[layers];
        for (int j = 1; j < layers; j++) {
            d[j] = j < layers - 1 ? rnd.nextDouble(5, 100) : 0;
            sld[j] = rnd.nextDouble(-0.5, 8);
            isld[j] = rnd.nextDouble(0, 0.05);
            sigma[j] = rnd.nextDouble(0, 8);
            theta[j] = rnd.nextDouble(0, 360);
            m[j] = j < layers - 1 ? rnd.nextDouble(0, 3) : 0;
        }
        return new MagneticSlabs(d, sld, isld, theta, m, sigma);
    }
}
