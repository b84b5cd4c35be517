package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evofit.core.data.FitData;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeResult;
import org.evofit.core.de.DifferentialEvolution;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Parameter;

/**
 * Runs one whole fit: differential evolution, the optional Levenberg-Marquardt refinement, and both
 * kinds of error bars (see {@link ErrorBasis}).
 *
 * <pre>{@code
 * FitResult r = Fitter.fit(problem, FitSettings.defaults().withDe(DeSettings.defaults().withSeed(7)),
 *         GenerationListener.NONE);
 * }</pre>
 */
public final class Fitter {

    private Fitter() {
    }

    /**
     * Fits the problem.
     *
     * @throws NonFiniteResultException when the best candidate has a non-finite parameter, model point
     *                                  or figure of merit (no candidate the optimizer tried was feasible)
     */
    public static FitResult fit(FitProblem problem, FitSettings settings, GenerationListener listener) {
        return fit(problem, settings, listener, Checkpointing.NONE);
    }

    /**
     * Fits the problem, with differential evolution checkpointed (and resumed) as
     * {@code checkpointing} says; a resumed fit ends exactly as the uninterrupted one. When the
     * thread is interrupted the result is differential evolution's best so far, with stop reason
     * INTERRUPTED, no refinement, no error bars (NaN) and no chi-square: those belong to the
     * finished fit, which the resumed run will make.
     */
    public static FitResult fit(FitProblem problem, FitSettings settings, GenerationListener listener,
                                Checkpointing checkpointing) {
        Objective objective = problem.objective();
        double[] lower = objective.lower();
        double[] upper = objective.upper();
        DeResult de = DifferentialEvolution.optimize(objective, settings.de(), settings.execution(), listener,
                checkpointing);
        if (de.stopReason() == DeResult.StopReason.INTERRUPTED) {
            return interrupted(problem, de);
        }
        long started = System.nanoTime();
        double[] best = de.best();
        double bestFom = de.bestFom();
        long[] evaluations = {de.evaluations()};
        boolean refined = false;
        if (settings.refine() && !Double.isNaN(bestFom)) {
            double[] polished = Refinement.refine(problem, best, lower, upper, evaluations);
            double polishedFom = problem.fomOf(problem.values(polished));
            evaluations[0]++;
            if (polishedFom < bestFom) {
                best = polished;
                bestFom = polishedFom;
                refined = true;
            }
        }
        double[] values = problem.values(best);
        Feasibility.requireMinimums(problem, values);
        Feasibility.requireFinite(problem, values, problem.simulateFitted(values));
        Feasibility.requireFiniteFom(problem, bestFom);
        boolean[] atBound = atBound(best, lower, upper);
        ErrorEstimates.Covariance covariance = ErrorEstimates.standardErrors(problem, best, lower, upper, atBound);
        double threshold = ProfileErrors.threshold(bestFom, settings.errorbarLevel());
        ProfileErrors.Kind kind = settings.errorbarProfile() ? ProfileErrors.Kind.PROFILE
                : ProfileErrors.Kind.CONDITIONAL;
        double[][] bars = ProfileErrors.bars(problem, best, lower, upper, threshold, kind);
        int usable = problem.figureOfMerit().usablePoints(problem.fitData());
        ErrorBasis basis = new ErrorBasis(problem.figureOfMerit().residual(), covariance.scale(),
                usable, usable - best.length, settings.errorbarLevel(), threshold, kind.label());
        List<ParameterEstimate> estimates = estimates(problem, values, bars, covariance.errors());
        double seconds = de.seconds() + (System.nanoTime() - started) / 1e9;
        return new FitResult(estimates, values, bestFom, problem.figureOfMerit().name(),
                reducedChi2(problem, values), de.generations(), evaluations[0], seconds, de.history(),
                de.stopReason(), refined, basis, NonFiniteTerms.of(problem, values));
    }

    private static boolean[] atBound(double[] best, double[] lower, double[] upper) {
        boolean[] at = new boolean[best.length];
        for (int k = 0; k < best.length; k++) {
            at[k] = BoundContact.of(best[k], lower[k], upper[k]).atBound();
        }
        return at;
    }

    private static FitResult interrupted(FitProblem problem, DeResult de) {
        int free = problem.freeCount();
        double[] none = new double[free];
        Arrays.fill(none, Double.NaN);
        double[] values = problem.values(de.best());
        return new FitResult(estimates(problem, values, new double[][] {none, none}, none), values, de.bestFom(),
                problem.figureOfMerit().name(), Double.NaN, de.generations(), de.evaluations(), de.seconds(),
                de.history(), de.stopReason(), false, null, NonFiniteTerms.of(problem, values));
    }

    private static List<ParameterEstimate> estimates(FitProblem problem, double[] values,
                                                     double[][] bars, double[] standard) {
        List<ParameterEstimate> out = new ArrayList<>();
        int free = 0;
        for (int slot = 0; slot < values.length; slot++) {
            Parameter p = problem.parameters().get(slot);
            if (p.fit()) {
                out.add(new ParameterEstimate(p.name(), values[slot], true, p.min(), p.max(),
                        standard[free], bars[0][free], bars[1][free],
                        BoundContact.of(values[slot], p.min(), p.max())));
                free++;
            } else {
                out.add(new ParameterEstimate(p.name(), values[slot], false, p.min(), p.max(),
                        Double.NaN, Double.NaN, Double.NaN));
            }
        }
        return out;
    }

    /**
     * Reduced chi-square of the values, or NaN when some data set has no errors. It treats the points
     * chi² cannot use (a NaN measurement, an error of 0) as the problem's own figure of merit does:
     * under {@code ignore} they are left out of the sum and of N − p, as they were left out of the fit.
     */
    static double reducedChi2(FitProblem problem, double[] values) {
        FitData data = problem.fitData();
        if (!data.hasErrors()) {
            return Double.NaN;
        }
        return FiguresOfMerit.byName("chi2", problem.figureOfMerit().nonFinitePolicy())
                .evaluate(data, problem.simulateFitted(values), problem.freeCount());
    }
}
