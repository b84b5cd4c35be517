package org.evofit.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A measured curve read between its points: linear in x and in ln y, since a reflectivity falls by
 * orders of magnitude and a straight line in ln R follows it where one in R does not. With
 * ln y(x) = (1 − t)·ln y_a + t·ln y_b between neighbours a and b, the error propagates as
 * σ/y = sqrt(((1 − t)·σ_a/y_a)² + (t·σ_b/y_b)²) (independent points). Where a neighbour is 0 or less, which
 * has no logarithm, the value is read linearly in y instead, with σ = sqrt(((1 − t)·σ_a)² + (t·σ_b)²).
 * At one of the curve's own points it gives that point's value and error unchanged.
 */
final class LogInterpolation {

    private final double[] x;
    private final double[] y;
    private final double[] error;

    /** The curve of points ({@code x}, {@code y}) in any order, {@code error} null when it has none. */
    LogInterpolation(double[] x, double[] y, double[] error) {
        int[] order = IntStream.range(0, x.length).filter(i -> Double.isFinite(x[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> x[i])).mapToInt(Integer::intValue).toArray();
        this.x = Arrays.stream(order).mapToDouble(i -> x[i]).toArray();
        this.y = Arrays.stream(order).mapToDouble(i -> y[i]).toArray();
        this.error = error == null ? null : Arrays.stream(order).mapToDouble(i -> error[i]).toArray();
    }

    /** Whether {@code at} lies within the curve's x range, ends included. */
    boolean covers(double at) {
        return x.length > 0 && at >= x[0] && at <= x[x.length - 1];
    }

    /** Whether the curve has a point at exactly {@code at}, where it is read as measured. */
    boolean hasPoint(double at) {
        return Arrays.binarySearch(x, at) >= 0;
    }

    /** A value read from the curve and its 1σ error (NaN when the curve has no errors). */
    record Reading(double value, double error) {
    }

    /** The value and error at {@code at}, which {@link #covers} must hold. */
    Reading at(double at) {
        int b = upper(at);
        if (x[b] == at) {
            return new Reading(y[b], error == null ? Double.NaN : error[b]);
        }
        double t = (at - x[b - 1]) / (x[b] - x[b - 1]);
        double ya = y[b - 1];
        double yb = y[b];
        double ea = error == null ? Double.NaN : error[b - 1];
        double eb = error == null ? Double.NaN : error[b];
        if (ya > 0 && yb > 0) {
            double v = Math.exp((1 - t) * Math.log(ya) + t * Math.log(yb));
            return new Reading(v, v * Math.hypot((1 - t) * ea / ya, t * eb / yb));
        }
        return new Reading((1 - t) * ya + t * yb, Math.hypot((1 - t) * ea, t * eb));
    }

    /** The first point at or above {@code at}: index 0 only when {@code at} is the first point's x. */
    private int upper(double at) {
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return i;
        }
        return -i - 1;
    }
}
