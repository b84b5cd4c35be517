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

    private final double[] values;
    private final int[] freeSlots;
    private final Couplings couplings;
    private final ModelEvaluator model;
    private final DataSet[] fitted;
    private final double[][] simulation;

    ErrorScaleEvaluator(double[] base, int[] freeSlots, Couplings couplings, ModelEvaluator model,
                        List<DataSet> fitted) {
        this.values = base.clone();
        this.freeSlots = freeSlots;
        this.couplings = couplings;
        this.model = model;
        this.fitted = fitted.toArray(DataSet[]::new);
        this.simulation = new double[this.fitted.length][];
        for (int i = 0; i < this.fitted.length; i++) {
            simulation[i] = new double[this.fitted[i].size()];
        }
    }

    @Override
    public double evaluate(double[] candidate) {
        for (int k = 0; k < freeSlots.length; k++) {
            values[freeSlots[k]] = candidate[k];
        }
        double lnScale = candidate[freeSlots.length];
        double scale = StrictMath.exp(lnScale);
        couplings.apply(values);
        if (!Feasibility.finite(values)) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < fitted.length; i++) {
            DataSet d = fitted[i];
            double[] sim = simulation[i];
            model.evaluate(values, i, d, sim);
            for (int j = 0; j < sim.length; j++) {
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
