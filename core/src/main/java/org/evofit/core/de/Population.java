package org.evofit.core.de;

/**
 * The members of a differential-evolution run with their figures of merit and the best one found.
 * Mutable; owned by one run.
 */
final class Population {

    final double[][] members;
    final double[] foms;
    final double[] best;
    double bestFom = Double.POSITIVE_INFINITY;

    Population(int size, int dimension) {
        members = new double[size][dimension];
        foms = new double[size];
        best = new double[dimension];
    }

    int size() {
        return members.length;
    }

    int dimension() {
        return best.length;
    }

    /** Whether figure of merit {@code a} beats {@code b}; NaN loses against everything. */
    static boolean better(double a, double b) {
        return !Double.isNaN(a) && (a < b || Double.isNaN(b));
    }

    /** Replaces member i by a candidate and updates the best; returns whether it was replaced. */
    boolean offer(int i, double[] candidate, double fom) {
        if (!better(fom, foms[i])) {
            return false;
        }
        System.arraycopy(candidate, 0, members[i], 0, candidate.length);
        foms[i] = fom;
        if (better(fom, bestFom)) {
            bestFom = fom;
            System.arraycopy(candidate, 0, best, 0, candidate.length);
        }
        return true;
    }

    /** Index of the member with the best figure of merit. */
    int bestIndex() {
        int b = 0;
        for (int i = 1; i < foms.length; i++) {
            if (better(foms[i], foms[b])) {
                b = i;
            }
        }
        return b;
    }

    /** The largest range of a parameter over the population, relative to its bound width. */
    double spread(double[] lower, double[] upper) {
        double worst = 0;
        for (int d = 0; d < best.length; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] m : members) {
                lo = Math.min(lo, m[d]);
                hi = Math.max(hi, m[d]);
            }
            worst = Math.max(worst, (hi - lo) / (upper[d] - lower[d]));
        }
        return worst;
    }
}
