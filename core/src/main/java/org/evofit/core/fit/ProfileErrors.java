package org.evofit.core.fit;

/**
 * GenX-style error bars that depend on the figure of merit, not on where the optimizer happened to
 * sample: along each free parameter, the distance from the optimum at which the figure of merit first
 * reaches GenX's threshold (a point is inside while its figure of merit is below {@code level × best},
 * GenX's criterion with its default level 1.05). Two kinds ({@link Kind}): the others held at the
 * optimum (a conditional scan), or re-optimised at every point of the profile (a profile bar, which
 * for correlated parameters is the wider, honest one).
 *
 * <p>Each side steps out from the optimum, doubling the step until the threshold is reached or the
 * bound is, then bisects the crossing to a billionth of the bounds' span (a scan, about 40 evaluations
 * per side) or to a thousandth of the bar (a profile, each point a local re-optimisation of at most
 * {@link ProfileOptimum#maxEvaluations} evaluations, so at most about 20 of them per side). A side whose
 * bound comes first reaches to the bound.
 */
final class ProfileErrors {

    /** The first step, as a fraction of the bounds' span. */
    private static final double FIRST_STEP = 1e-4;

    /** How finely the crossing is located, as a fraction of the bounds' span. */
    private static final double RESOLUTION = 1e-9;

    /** How finely a re-optimised profile's crossing is located, as a fraction of the bar. */
    static final double PROFILE_PRECISION = 1e-3;

    /** Which bar: what the other parameters do while one is moved. */
    public enum Kind {
        /** The others held at the optimum: the figure of merit along a line (GenX's scan, narrower). */
        CONDITIONAL("conditional"),
        /** The others re-optimised at every point: the profile of the figure of merit. */
        PROFILE("profile");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How result files name it. */
        public String label() {
            return label;
        }
    }

    private final FitProblem problem;
    private final double[] best;
    private final double threshold;
    /** Re-optimises the others for a profile; null for a conditional scan. */
    private final ProfileOptimum optimum;
    /** Where the others were at the last point found inside, the next point's start. */
    private double[] warm;

    private ProfileErrors(FitProblem problem, double[] best, double threshold, ProfileOptimum optimum) {
        this.problem = problem;
        this.best = best;
        this.threshold = threshold;
        this.optimum = optimum;
    }

    /** The figure of merit at which the bars are read: GenX's level times the best. */
    static double threshold(double bestFom, double level) {
        return bestFom >= 0 ? level * bestFom : bestFom + (level - 1) * Math.abs(bestFom);
    }

    /**
     * The bars of every free parameter, {@code [low[], high[]]}, low ≤ 0 ≤ high.
     *
     * @param best      the optimum (free parameters)
     * @param threshold the figure of merit a bar ends at, see {@link #threshold}
     */
    static double[][] bars(FitProblem problem, double[] best, double[] lower, double[] upper, double threshold) {
        return bars(problem, best, lower, upper, threshold, Kind.CONDITIONAL);
    }

    /** The bars of the given kind, {@code [low[], high[]]}, low ≤ 0 ≤ high. */
    static double[][] bars(FitProblem problem, double[] best, double[] lower, double[] upper, double threshold,
                           Kind kind) {
        ProfileOptimum optimum = kind == Kind.PROFILE ? new ProfileOptimum(problem, lower, upper) : null;
        ProfileErrors profile = new ProfileErrors(problem, best, threshold, optimum);
        double[] low = new double[best.length];
        double[] high = new double[best.length];
        for (int k = 0; k < best.length; k++) {
            double span = upper[k] - lower[k];
            profile.warm = best.clone();
            low[k] = -profile.reach(k, -1, best[k] - lower[k], span);
            profile.warm = best.clone();
            high[k] = profile.reach(k, 1, upper[k] - best[k], span);
        }
        return new double[][] {low, high};
    }

    /** How far parameter k moves in {@code direction} before the threshold, at most {@code room}. */
    private double reach(int k, int direction, double room, double span) {
        if (!(room > 0)) {
            return 0;
        }
        double inside = 0;
        double outside = Math.min(room, FIRST_STEP * span);
        while (!crosses(k, direction * outside)) {
            inside = outside;
            if (outside == room) {
                return room;
            }
            outside = Math.min(room, 2 * outside);
        }
        while (outside - inside > (optimum == null ? RESOLUTION * span
                : Math.max(RESOLUTION * span, PROFILE_PRECISION * outside))) {
            double middle = 0.5 * (inside + outside);
            if (crosses(k, direction * middle)) {
                outside = middle;
            } else {
                inside = middle;
            }
        }
        return 0.5 * (inside + outside);
    }

    /** Whether the figure of merit with parameter k moved by {@code delta} is at or above the threshold. */
    private boolean crosses(int k, double delta) {
        if (optimum != null) {
            double[] p = warm.clone();
            p[k] = best[k] + delta;
            double fom = optimum.fom(p, k);
            if (fom < threshold) {
                warm = p;
                return false;
            }
            return true;
        }
        double[] p = best.clone();
        p[k] += delta;
        double fom = problem.fomOf(problem.values(p));
        // GenX counts a point inside while its FOM is below the threshold; NaN (infeasible) is outside.
        return !(fom < threshold);
    }
}
