package org.evofit.core.de;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;

/** Standard optimisation test functions with known global minima, as objectives. */
final class TestFunctions {

    private TestFunctions() {
    }

    /** Rosenbrock's valley: minimum 0 at (1, ..., 1). */
    static double rosenbrock(double[] v) {
        double s = 0;
        for (int i = 0; i + 1 < v.length; i++) {
            double a = v[i + 1] - v[i] * v[i];
            double b = 1 - v[i];
            s += 100 * a * a + b * b;
        }
        return s;
    }

    /** Rastrigin's function: minimum 0 at the origin, a local minimum at every integer point. */
    static double rastrigin(double[] v) {
        double s = 10 * v.length;
        for (double x : v) {
            s += x * x - 10 * Math.cos(2 * Math.PI * x);
        }
        return s;
    }

    /** Sphere: minimum 0 at the origin. */
    static double sphere(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /** An objective over the box [lo, hi]^dim starting at {@code start} in every coordinate. */
    static Objective box(int dim, double lo, double hi, double start, ToDoubleFunction<double[]> f) {
        double[] lower = new double[dim];
        double[] upper = new double[dim];
        double[] s = new double[dim];
        Arrays.fill(lower, lo);
        Arrays.fill(upper, hi);
        Arrays.fill(s, start);
        return new BoxObjective(lower, upper, s, () -> f::applyAsDouble);
    }
}
