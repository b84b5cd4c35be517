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

    private final CandidateSimulation simulation;
    private final FitData fitData;
    private final FigureOfMerit fom;

    ProblemEvaluator(double[] base, int[] freeSlots, Couplings couplings, CoupledMinimums minimums,
                     ModelEvaluator model, List<DataSet> fitted, FitData fitData, FigureOfMerit fom) {
        this.simulation = new CandidateSimulation(base, freeSlots, couplings, minimums, model, fitted);
        this.fitData = fitData;
        this.fom = fom;
    }

    @Override
    public double evaluate(double[] candidate) {
        if (!simulation.simulate(candidate)) {
            return Double.NaN;
        }
        return fom.evaluate(fitData, simulation.simulation(), simulation.freeCount());
    }
}
