package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.optim.Objective;

/**
 * A fit problem's negative log-likelihood for posterior sampling: chi²/2 = Σ ((y − model)/σ)²/2 over
 * the in-range points, whatever figure of merit the fit itself minimised, because only the data's
 * 1-sigma errors say how far the model may stray from them. A candidate with a non-finite model point
 * has no likelihood (+infinity). Points the fit leaves out (a NaN measurement under {@code nonFinite:
 * ignore}) are left out of the sum and of N. A data set with an error column must have a positive finite
 * error at every measured point in range; a data set without one is sampled with an error scale ({@link #forSampling}).
 */
public final class GaussianLikelihood {

    /**
     * The name of the sampled error scale: ln s, the scale of the figure of merit's residuals at points
     * without errors ({@link #forSampling}).
     */
    public static final String ERROR_SCALE = "lnErrorScale";
    /** The error scale's bounds (a uniform prior on ln s), wide enough for any figure of merit's units. */
    static final double LN_SCALE_MIN = -23.0;
    static final double LN_SCALE_MAX = 5.0;

    private GaussianLikelihood() {
    }

    /**
     * The negative log-likelihood over the problem's free parameters and bounds.
     *
     * @throws IllegalArgumentException naming the data set (and the point) when a data set has no
     *                                  errors, or an in-range point has an error that is not a
     *                                  positive finite number
     */
    public static Objective of(FitProblem problem) {
        for (DataSet d : problem.dataSets()) {
            if (!d.hasErrors()) {
                throw new IllegalArgumentException("data set " + d.name() + " has no errors (no 1-sigma column), so"
                        + " its likelihood is not defined without an error model");
            }
            requirePositiveErrors(d);
        }
        // Points the fit leaves out (its policy ignore) are left out of the likelihood too.
        FitProblem chi2 = problem.withFigureOfMerit(FiguresOfMerit.byName("chi2",
                problem.figureOfMerit().nonFinitePolicy()));
        Objective reduced = chi2.objective();
        // The chi2 figure of merit is divided by N − p, N the points it uses; undoing it gives the plain sum.
        double half = (chi2.figureOfMerit().usablePoints(chi2.fitData()) - problem.freeCount()) / 2.0;
        return new BoxObjective(reduced.lower(), reduced.upper(), reduced.start(), () -> {
            Objective.Evaluator ev = reduced.newEvaluator();
            return candidate -> {
                double v = ev.evaluate(candidate) * half;
                return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
            };
        });
    }

    /**
     * What to sample for {@code problem}, starting around {@code center} (one value per free
     * parameter): {@link #of} when every data set has errors; otherwise the free parameters and
     * {@value #ERROR_SCALE}, ln s with a uniform prior in [−23, 5]. A point without an error has no
     * scale of its own, so it is judged as the fit judged it: its figure-of-merit term t read as a
     * likelihood of scale s (Laplace, |t|/s + ln 2s, for a figure of merit of absolute residuals such as
     * {@code log}; Gaussian, |t|/2s² + ln s, for one of squares). The posterior's maximum is then the
     * fit's optimum; a Gaussian relative error (refnx's {@code lnsigma}) put the X-ray example's at a log
     * figure of merit 20 % above it. The start of ln s is its maximum-likelihood value at the center.
     *
     * @throws IllegalArgumentException naming the data set and point when an error column holds an
     *                                  error that is not a positive finite number
     */
    public static SamplingLikelihood forSampling(FitProblem problem, double[] center) {
        List<String> bare = new ArrayList<>();
        for (DataSet d : problem.dataSets()) {
            if (d.hasErrors()) {
                requirePositiveErrors(d);
            } else {
                bare.add(d.name());
            }
        }
        List<String> names = new ArrayList<>(problem.freeNames());
        if (bare.isEmpty()) {
            return new SamplingLikelihood(of(problem), List.copyOf(names), center.clone(), null);
        }
        names.add(ERROR_SCALE);
        Objective free = problem.objective();
        int n = free.dimension();
        double[] lower = java.util.Arrays.copyOf(free.lower(), n + 1);
        double[] upper = java.util.Arrays.copyOf(free.upper(), n + 1);
        lower[n] = LN_SCALE_MIN;
        upper[n] = LN_SCALE_MAX;
        double[] start = java.util.Arrays.copyOf(center, n + 1);
        start[n] = startScale(problem, center);
        double[] base = problem.startValues();
        FigureOfMerit fom = problem.figureOfMerit();
        Objective objective = new BoxObjective(lower, upper, start, () -> new ErrorScaleEvaluator(base,
                problem.freeSlots(), problem.couplings(), problem.coupledMinimums(), problem.model().newEvaluator(),
                problem.fitted(), fom, problem.fitData()));
        String density = fom.squaresResiduals() ? "a Gaussian of scale s: |t|/(2 s^2) + ln s"
                : "a Laplace density of scale s: |t|/s + ln 2s";
        String model = String.format(Locale.ROOT, "data set%s %s ha%s no errors: each of %s points counts as the"
                        + " figure of merit %s counted it, its term t (from %s) read as %s, so the most likely"
                        + " parameters are the fit's optimum; ln s (%s) is sampled with the other parameters,"
                        + " uniform in [%s, %s]", bare.size() > 1 ? "s" : "", String.join(", ", bare),
                bare.size() > 1 ? "ve" : "s", bare.size() > 1 ? "their" : "its", fom.name(), fom.residual(),
                density, ERROR_SCALE, LN_SCALE_MIN, LN_SCALE_MAX);
        return new SamplingLikelihood(objective, List.copyOf(names), start, model);
    }

    /**
     * Refuses, before anything runs, an ensemble too small for what {@link #forSampling} samples: the
     * free parameters, and {@value #ERROR_SCALE} when a data set has no errors. The stretch move needs at
     * least twice as many walkers as sampled parameters.
     *
     * @throws IllegalArgumentException saying how many walkers the problem needs and why
     */
    public static void requireWalkers(FitProblem problem, int walkers) {
        boolean scale = problem.dataSets().stream().anyMatch(d -> !d.hasErrors());
        int dimension = problem.freeCount() + (scale ? 1 : 0);
        if (walkers < 2 * dimension) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "walkers: %d walkers cannot sample %d"
                    + " parameters (%d free%s); the ensemble needs at least twice as many walkers as parameters,"
                    + " %d", walkers, dimension, problem.freeCount(), scale ? " and " + ERROR_SCALE
                    + ", sampled because a data set has no errors" : "", 2 * dimension));
        }
    }

    /** The maximum-likelihood ln s at the center, within the bounds. */
    private static double startScale(FitProblem problem, double[] center) {
        double[][] sim = problem.simulateFitted(problem.values(center));
        double ln = ErrorScaleTerms.maximumLikelihoodScale(problem.figureOfMerit(), problem.fitData(), sim);
        return Double.isFinite(ln) ? Math.max(LN_SCALE_MIN + 1, Math.min(LN_SCALE_MAX - 1, ln)) : -3;
    }

    private static void requirePositiveErrors(DataSet d) {
        for (int i = 0; i < d.size(); i++) {
            double e = d.error()[i];
            // A point with nothing measured (NaN y) is left out of the likelihood, its error unused.
            if (d.inRange(i) && Double.isFinite(d.y()[i]) && !(e > 0 && Double.isFinite(e))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "data set %s: point %d (x = %s)"
                        + " has error %s, but posterior sampling needs a positive finite 1-sigma error at every"
                        + " point in range", d.name(), i + 1, d.x()[i], e));
            }
        }
    }
}
