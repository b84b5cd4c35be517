package org.evofit.core.fom;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;

/**
 * Two small data sets with errors and a simulation of them, small enough to work every figure of
 * merit out by hand.
 *
 * <pre>
 *   set A: X = 10, 20, 30   Y = 4, 9, 1    E = 1, 2, 0.5   S = 5, 8, 2
 *   set B: X = 40, 50       Y = 16, 25     E = 2, 5        S = 15, 27
 *   N = 5, and the tests use p = 2, so N - p = 3
 * </pre>
 */
final class TinyData {

    static final int P = 2;

    private TinyData() {
    }

    static DataSet setA() {
        return DataSet.of("A", new double[] {10, 20, 30}, new double[] {4, 9, 1})
                .withErrors(new double[] {1, 2, 0.5});
    }

    static DataSet setB() {
        return DataSet.of("B", new double[] {40, 50}, new double[] {16, 25})
                .withErrors(new double[] {2, 5});
    }

    static FitData data() {
        return FitData.of(List.of(setA(), setB()));
    }

    static double[][] simulation() {
        return new double[][] {{5, 8, 2}, {15, 27}};
    }

    static double evaluate(String name, double[][] simulation, NonFinitePolicy policy) {
        return FiguresOfMerit.byName(name, policy).evaluate(data(), simulation, P);
    }

    static double evaluate(String name) {
        return evaluate(name, simulation(), NonFinitePolicy.FAIL);
    }

    static double[][] terms(String name) {
        double[][] out = {new double[3], new double[2]};
        FiguresOfMerit.byName(name, NonFinitePolicy.FAIL).terms(data(), simulation(), out);
        return out;
    }
}
