package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Couplings;

/**
 * The negative log-likelihood of a problem some of whose data sets have no errors, over the free
 * parameters and one more, ln s. Points with errors contribute ((y − m)/σ)²/2. Points without errors
 * contribute the figure of merit's own term t read as a likelihood with scale s: |t|/s + ln 2s when the
 * figure of merit sums absolute residuals (a Laplace density, e.g. GenX's {@code log}: t = log Y − log S),
 * |t|/(2s²) + ln s when it sums squares (a Gaussian; t is the signed square). Its maximum over the model's
 * parameters is therefore the fit's own optimum whatever s, so the posterior describes the fit that was
 * made. Points the figure of merit cannot use are left out, as the fit leaves them out. Only the data sets
 * without errors have their terms computed: the others' would be dropped. One per thread; allocation-free. {@code StrictMath} keeps the value the same on every host.
 */
final class ErrorScaleEvaluator implements Objective.Evaluator {

    private final CandidateSimulation simulation;
    private final FigureOfMerit fom;
    private final FitData data;
    private final boolean[][] counted;
    /** Per data set without errors, its terms; null for a data set with errors. */
    private final double[][] terms;
    private final int bare;

    ErrorScaleEvaluator(double[] base, int[] freeSlots, Couplings couplings, CoupledMinimums minimums,
                        ModelEvaluator model, List<DataSet> fitted, FigureOfMerit fom, FitData data) {
        this.simulation = new CandidateSimulation(base, freeSlots, couplings, minimums, model, fitted);
        this.fom = fom;
        this.data = data;
        this.counted = ErrorScaleTerms.countedPoints(fom, data);
        this.bare = ErrorScaleTerms.count(counted);
        this.terms = new double[data.dataSets()][];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = data.error()[k] == null ? new double[data.y()[k].length] : null;
        }
    }

    @Override
    public double evaluate(double[] candidate) {
        if (!simulation.simulate(candidate)) {
            return Double.POSITIVE_INFINITY;
        }
        double lnScale = candidate[simulation.freeCount()];
        double scale = StrictMath.exp(lnScale);
        double[][] sim = simulation.simulation();
        double withErrors = 0;
        double without = 0;
        for (int k = 0; k < terms.length; k++) {
            if (terms[k] == null) {
                withErrors = plusHalfChiSquared(withErrors, data.y()[k], data.error()[k], sim[k]);
            } else {
                fom.terms(data, k, sim[k], terms[k]);
                for (int j = 0; j < terms[k].length; j++) {
                    without += counted[k][j] ? Math.abs(terms[k][j]) : 0;
                }
            }
        }
        double sum = withErrors + (fom.squaresResiduals()
                ? without / (2 * scale * scale) + bare * lnScale
                : without / scale + bare * (lnScale + ErrorScaleTerms.LN_2));
        // NaN (a NaN model point) has no likelihood.
        return Double.isFinite(sum) ? sum : Double.POSITIVE_INFINITY;
    }

    /** {@code sum} plus the set's chi²/2, added point by point (the same bits as one running sum over all sets). */
    private static double plusHalfChiSquared(double sum, double[] y, double[] e, double[] sim) {
        for (int j = 0; j < y.length; j++) {
            // Nothing was measured at a NaN y: the fit left the point out, and so does the likelihood.
            if (Double.isFinite(y[j])) {
                double r = (y[j] - sim[j]) / e[j];
                sum += 0.5 * r * r;
            }
        }
        return sum;
    }
}
