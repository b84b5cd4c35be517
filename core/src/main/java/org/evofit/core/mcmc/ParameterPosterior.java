package org.evofit.core.mcmc;

/**
 * One parameter's row of the posterior table and its chain diagnostics.
 *
 * @param name   the parameter
 * @param median the posterior median
 * @param low68  the 15.87th percentile (lower end of the central 68 % interval)
 * @param high68 the 84.13th percentile
 * @param low95  the 2.5th percentile (lower end of the central 95 % interval)
 * @param high95 the 97.5th percentile
 * @param map    the value at the highest posterior density the chain visited (maximum a posteriori)
 * @param tau    integrated autocorrelation time in steps (see {@link Autocorrelation})
 * @param ess    effective sample size: walkers x steps after burn-in / tau
 * @param rHat   Gelman-Rubin R-hat across walker groups (see {@link GelmanRubin})
 */
public record ParameterPosterior(String name, double median, double low68, double high68, double low95,
                                 double high95, double map, double tau, double ess, double rHat) {
}
