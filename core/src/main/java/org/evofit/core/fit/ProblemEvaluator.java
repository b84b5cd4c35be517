package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Couplings;

/**
 * The hot path of a fit, for one thread: candidate into slots, couplings, model, figure of merit.
 * Owns its buffers, so an evaluation allocates nothing. A candidate with a non-finite parameter scores
 * NaN here, one with a non-finite model point in the figure of merit ({@link FigureOfMerit#evaluate}).
 */
final class ProblemEvaluator implements Objective.Evaluator {

    private final double[] values;
    private final int[] freeSlots;
    private final Couplings couplings;
    private final ModelEvaluator model;
    private final DataSet[] fitted;
    private final FitData fitData;
    private final FigureOfMerit fom;
    private final double[][] simulation;

    ProblemEvaluator(double[] base, int[] freeSlots, Couplings couplings, ModelEvaluator model,
                     List<DataSet> fitted, FitData fitData, FigureOfMerit fom) {
        this.values = base.clone();
        this.freeSlots = freeSlots;
        this.couplings = couplings;
        this.model = model;
        this.fitted = fitted.toArray(DataSet[]::new);
        this.fitData = fitData;
        this.fom = fom;
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
        couplings.apply(values);
        if (!Feasibility.finite(values)) {
            return Double.NaN;
        }
        for (int i = 0; i < fitted.length; i++) {
            model.evaluate(values, i, fitted[i], simulation[i]);
        }
        return fom.evaluate(fitData, simulation, freeSlots.length);
    }
}
