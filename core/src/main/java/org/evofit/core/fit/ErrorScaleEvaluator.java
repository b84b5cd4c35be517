package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Couplings;

/**
 * The negative log-likelihood of a problem some of whose data sets have no errors, over the free
 * parameters and one more, ln s: points with errors contribute ((y − m)/σ)²/2, points without
 * ((y − m)/σ)²/2 + ln σ with σ = s |m| (a constant relative error, as refnx's {@code lnsigma} makes it
 * for data without errors). The ln σ term is what keeps s from growing without bound. One per thread;
 * allocation-free. {@code StrictMath} keeps the value the same on every host.
 */
final class ErrorScaleEvaluator implements Objective.Evaluator {

    private final CandidateSimulation simulation;

    ErrorScaleEvaluator(double[] base, int[] freeSlots, Couplings couplings, CoupledMinimums minimums,
                        ModelEvaluator model, List<DataSet> fitted) {
        this.simulation = new CandidateSimulation(base, freeSlots, couplings, minimums, model, fitted);
    }

    @Override
    public double evaluate(double[] candidate) {
        if (!simulation.simulate(candidate)) {
            return Double.POSITIVE_INFINITY;
        }
        double lnScale = candidate[simulation.freeCount()];
        double scale = StrictMath.exp(lnScale);
        DataSet[] fitted = simulation.fitted();
        double sum = 0;
        for (int i = 0; i < fitted.length; i++) {
            DataSet d = fitted[i];
            double[] sim = simulation.simulation()[i];
            for (int j = 0; j < sim.length; j++) {
                // Nothing was measured at a NaN y: the fit left the point out (a fit under nonFinite:
                // fail has no finite figure of merit to sample from), and so does the likelihood.
                if (!Double.isFinite(d.y()[j])) {
                    continue;
                }
                double residual = d.y()[j] - sim[j];
                if (d.error() != null) {
                    double r = residual / d.error()[j];
                    sum += 0.5 * r * r;
                } else {
                    double sigma = scale * Math.abs(sim[j]);
                    double r = residual / sigma;
                    sum += 0.5 * r * r + lnScale + StrictMath.log(Math.abs(sim[j]));
                }
            }
        }
        // NaN (a NaN model point) and a zero model point without errors (sigma 0) have no likelihood.
        return Double.isFinite(sum) ? sum : Double.POSITIVE_INFINITY;
    }
}
