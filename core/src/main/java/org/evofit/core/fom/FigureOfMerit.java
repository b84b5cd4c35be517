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
     * @return the figure of merit; NaN when a model point is not finite, or when under
     *         {@link NonFinitePolicy#IGNORE} the model makes the term of every usable point non-finite (the
     *         candidate is infeasible, ranked below every finite one), otherwise non-finite only under
     *         {@link NonFinitePolicy#FAIL}
     */
    double evaluate(FitData data, double[][] model, int freeParameters);

    /**
     * The signed per-point terms t_i (before the absolute value and the scale), written into
     * {@code out} (same shape as the data). Used for residual plots and least-squares refinement:
     * {@code sqrt(|t_i|)} is a residual vector whose squared sum is proportional to the FOM.
     */
    void terms(FitData data, double[][] model, double[][] out);

    /**
     * The signed terms of data set {@code set} alone, as {@link #terms(FitData, double[][], double[][])} writes
     * its row (each divided as in the whole of {@code data}): for a caller that needs some data sets' terms
     * only, so that the others cost nothing.
     */
    void terms(FitData data, int set, double[] model, double[] out);

    /**
     * How this figure of merit combines the terms of several data sets into one number, in words for
     * result files and reports.
     */
    String combination();

    /**
     * Whether each term is the signed square of a residual (a sum of squares such as {@code chi2bars})
     * rather than the residual itself (a sum of absolute values such as {@code log}): the residual
     * is {@code sign(t)·sqrt|t|} for the former and {@code t} for the latter.
     */
    boolean squaresResiduals();

    /** What the residual is, for result files to say which space error bars were computed in. */
    String residual();

    /** Whether this figure of merit needs 1-sigma errors on every data set. */
    boolean needsErrors();

    /** What this figure of merit does with NaN or infinite terms. */
    NonFinitePolicy nonFinitePolicy();

    /**
     * Whether a measured point can contribute to this figure of merit: whether its term is finite when
     * the model equals the measurement. A NaN or infinite y, a y of 0 or less under a logarithm, an
     * error that is NaN or 0 under an error-weighted figure of merit give a non-finite term whatever the
     * model, so under {@link NonFinitePolicy#IGNORE} such a point is left out of every evaluation (and
     * under {@link NonFinitePolicy#FAIL} it makes every evaluation non-finite).
     *
     * @param y     measured value
     * @param error 1-sigma error, or NaN when the data set has none
     * @param x     independent variable
     */
    boolean usable(double y, double error, double x);

    /**
     * How many points of data set {@code set} this figure of merit can use ({@link #usable}) whose term
     * is nevertheless NaN or infinite for {@code model}: the model, not the data, made them so (the
     * logarithm of a simulated value of 0 or less, say). Under {@link NonFinitePolicy#IGNORE} those terms
     * count as 0, so a result must say how many there were.
     *
     * @param data  the in-range measured points
     * @param set   the data set's index in {@code data}
     * @param model the simulation of that data set at its points
     */
    int modelNonFiniteTerms(FitData data, int set, double[] model);

    /**
     * N, the in-range points of {@code data} that take part in this figure of merit. Under
     * {@link NonFinitePolicy#IGNORE} those it can use ({@link #usable}): the others add nothing to any
     * evaluation, so they count neither in the degrees of freedom N − p nor in any statistic derived from
     * the sum. Under {@link NonFinitePolicy#FAIL} every point, since none is left out (one it cannot use
     * makes the figure of merit non-finite instead).
     */
    int usablePoints(FitData data);
}
