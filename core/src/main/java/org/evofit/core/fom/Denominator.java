package org.evofit.core.fom;

import java.util.Arrays;
import org.evofit.core.data.FitData;

/**
 * How the divisor of each data set's terms follows from the measured data alone, so that it can be
 * computed once per {@link FitData} rather than on every evaluation.
 *
 * <p>Under {@link NonFinitePolicy#IGNORE} a point whose weight is NaN or infinite (say log10 of a
 * zero count) is left out of the sum, just as its term is left out of the figure of merit. GenX
 * sums such weights too, which turns the whole divisor infinite or NaN and every candidate's
 * figure of merit into the same 0; leaving them out keeps the figure of merit usable.
 * Under {@link NonFinitePolicy#FAIL} a non-finite divisor becomes NaN, because a finite term
 * divided by infinity would otherwise read as a perfect zero.
 */
@FunctionalInterface
interface Denominator {

    /** One divisor per data set of {@code data}; the array is owned by the caller. */
    double[] divisors(FitData data, NonFinitePolicy policy);

    /** How the divisor treats several data sets, in words for result files and reports ({@code ""}: no divisor). */
    default String describe() {
        return "";
    }

    /** This denominator, described as {@code text}. */
    private static Denominator described(String text, Denominator denominator) {
        return new Denominator() {
            @Override
            public double[] divisors(FitData data, NonFinitePolicy policy) {
                return denominator.divisors(data, policy);
            }

            @Override
            public String describe() {
                return text;
            }
        };
    }

    /** Divisor 1 everywhere: the terms stand as they are. */
    static Denominator none() {
        return (data, policy) -> filled(data.dataSets(), 1.0);
    }

    /** One divisor for every data set: the sum of {@code weight} over all points of all sets. */
    static Denominator overAllDataSets(PointWeight weight) {
        return described("each term divided by one denominator summed over the points of all data sets together",
                (data, policy) -> {
                    double total = 0.0;
                    for (int k = 0; k < data.dataSets(); k++) {
                        total += sum(weight, data, k, policy);
                    }
                    return filled(data.dataSets(), guard(total, policy));
                });
    }

    /** A divisor of its own for each data set: the sum of {@code weight} over that set. */
    static Denominator perDataSet(PointWeight weight) {
        return described("each term divided by a denominator summed over its own data set's points",
                (data, policy) -> {
                    double[] divisors = new double[data.dataSets()];
                    for (int k = 0; k < divisors.length; k++) {
                        divisors[k] = guard(sum(weight, data, k, policy), policy);
                    }
                    return divisors;
                });
    }

    private static double sum(PointWeight weight, FitData data, int set, NonFinitePolicy policy) {
        double[] y = data.y()[set];
        double[] e = data.error()[set];
        double total = 0.0;
        for (int i = 0; i < y.length; i++) {
            double w = weight.of(y[i], e == null ? Double.NaN : e[i]);
            if (Double.isFinite(w) || policy == NonFinitePolicy.FAIL) {
                total += w;
            }
        }
        return total;
    }

    private static double guard(double divisor, NonFinitePolicy policy) {
        return policy == NonFinitePolicy.FAIL && !Double.isFinite(divisor) ? Double.NaN : divisor;
    }

    private static double[] filled(int length, double value) {
        double[] a = new double[length];
        Arrays.fill(a, value);
        return a;
    }
}
