package org.evofit.core.fom;

import org.evofit.core.data.FitData;

/**
 * Compares a simulation with measured data and returns one number to minimise.
 *
 * <p>Every figure of merit is a sum of absolute per-point terms, scaled: {@code FOM = scale * sum |t_i|}
 * where the scale is {@code 1/(N - p)} for the figures of merit GenX divides by the degrees of
 * freedom. Implementations are stateless and thread-safe and allocate nothing per call.
 */
public interface FigureOfMerit {

    /** The GenX name, for example {@code chi2bars}. */
    String name();

    /**
     * The figure of merit of a simulation.
     *
     * @param data           the in-range measured points
     * @param model          the simulation at the same points, one row per data set
     * @param freeParameters number of fitted parameters p
     * @return the figure of merit; NaN when a model point is not finite (the candidate is infeasible,
     *         ranked below every finite one), otherwise non-finite only under {@link NonFinitePolicy#FAIL}
     */
    double evaluate(FitData data, double[][] model, int freeParameters);

    /**
     * The signed per-point terms t_i (before the absolute value and the scale), written into
     * {@code out} (same shape as the data). Used for residual plots and least-squares refinement:
     * {@code sqrt(|t_i|)} is a residual vector whose squared sum is proportional to the FOM.
     */
    void terms(FitData data, double[][] model, double[][] out);

    /** Whether this figure of merit needs 1-sigma errors on every data set. */
    boolean needsErrors();

    /** What this figure of merit does with NaN or infinite terms. */
    NonFinitePolicy nonFinitePolicy();
}
