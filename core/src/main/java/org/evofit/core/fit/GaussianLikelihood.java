package org.evofit.core.fit;

import java.util.Locale;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.optim.Objective;

/**
 * A fit problem's negative log-likelihood for posterior sampling: chi²/2 = Σ ((y − model)/σ)²/2 over
 * the in-range points, whatever figure of merit the fit itself minimised, because only the data's
 * 1-sigma errors say how far the model may stray from them. A candidate with a non-finite model point
 * has no likelihood (+infinity). Data without usable errors are refused: without them the width of
 * the posterior is not defined.
 */
public final class GaussianLikelihood {

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
            requireErrors(d);
        }
        FitProblem chi2 = problem.withFigureOfMerit(FiguresOfMerit.byName("chi2", NonFinitePolicy.FAIL));
        Objective reduced = chi2.objective();
        // The chi2 figure of merit is divided by N − p; undoing it gives the plain sum.
        double half = (problem.fitData().points() - problem.freeCount()) / 2.0;
        return new BoxObjective(reduced.lower(), reduced.upper(), reduced.start(), () -> {
            Objective.Evaluator ev = reduced.newEvaluator();
            return candidate -> {
                double v = ev.evaluate(candidate) * half;
                return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
            };
        });
    }

    private static void requireErrors(DataSet d) {
        if (!d.hasErrors()) {
            throw new IllegalArgumentException("data set " + d.name() + " has no errors (no 1-sigma column), so"
                    + " its likelihood is not defined; posterior sampling needs data with errors");
        }
        for (int i = 0; i < d.size(); i++) {
            double e = d.error()[i];
            if (d.inRange(i) && !(e > 0 && Double.isFinite(e))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "data set %s: point %d (x = %s)"
                        + " has error %s, but posterior sampling needs a positive finite 1-sigma error at every"
                        + " point in range", d.name(), i + 1, d.x()[i], e));
            }
        }
    }
}
