package org.evofit.core.fit;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.param.Couplings;

/**
 * The model side of an evaluation, for one thread: a candidate's free values into their slots, the
 * couplings, then the model of every fitted data set into buffers this object owns. What is scored
 * from the simulation (a figure of merit, a likelihood) is the caller's. Allocation-free.
 */
final class CandidateSimulation {

    private final double[] values;
    private final int[] freeSlots;
    private final Couplings couplings;
    private final CoupledMinimums minimums;
    private final ModelEvaluator model;
    private final DataSet[] fitted;
    private final double[][] simulation;

    CandidateSimulation(double[] base, int[] freeSlots, Couplings couplings, CoupledMinimums minimums,
                        ModelEvaluator model, List<DataSet> fitted) {
        this.values = base.clone();
        this.freeSlots = freeSlots;
        this.couplings = couplings;
        this.minimums = minimums;
        this.model = model;
        this.fitted = fitted.toArray(DataSet[]::new);
        this.simulation = new double[this.fitted.length][];
        for (int i = 0; i < this.fitted.length; i++) {
            simulation[i] = new double[this.fitted[i].size()];
        }
    }

    /**
     * Simulates every fitted data set at {@code candidate}, whose first {@link #freeCount()} entries are
     * the free parameters (any further entries are the caller's).
     *
     * @return false, simulating nothing, when a parameter is not finite after the couplings or a
     *         coupled one is below its quantity's minimum (a negative thickness)
     */
    boolean simulate(double[] candidate) {
        for (int k = 0; k < freeSlots.length; k++) {
            values[freeSlots[k]] = candidate[k];
        }
        couplings.apply(values);
        if (!Feasibility.finite(values) || !minimums.allow(values)) {
            return false;
        }
        for (int i = 0; i < fitted.length; i++) {
            model.evaluate(values, i, fitted[i], simulation[i]);
        }
        return true;
    }

    /** The number of free parameters a candidate starts with. */
    int freeCount() {
        return freeSlots.length;
    }

    /** The fitted data sets, in the order of {@link #simulation()}. */
    DataSet[] fitted() {
        return fitted;
    }

    /** The model of each fitted data set at the last feasible candidate; owned by this object. */
    double[][] simulation() {
        return simulation;
    }
}
