package org.evofit.core.model;

import org.evofit.core.data.DataSet;

/**
 * Evaluates a {@link Model} on one thread, reusing its own scratch buffers. Not thread-safe.
 */
public interface ModelEvaluator {

    /**
     * Writes the simulation of data set {@code dataSetIndex} at the points of {@code data} into
     * {@code out}.
     *
     * @param values       every parameter value of the problem, indexed by slot
     * @param dataSetIndex position of the data set in the problem (models may differ per data set)
     * @param data         the points to simulate (x and, where the model uses it, x resolution)
     * @param out          receives one value per point of {@code data}; length {@code data.size()}
     */
    void evaluate(double[] values, int dataSetIndex, DataSet data, double[] out);
}
