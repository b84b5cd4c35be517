/**
 * Posterior sampling: an affine-invariant ensemble sampler (Goodman and Weare's stretch move, mixed
 * with ter Braak's differential-evolution move so that walkers can hop between separated modes, and by
 * default with an independence move drawn from a Gaussian fitted to the burn-in) over
 * an {@code org.evofit.core.optim.Objective} read as a negative log-likelihood, with uniform priors
 * from the parameter bounds. Like the optimizer it is seeded and gives the same chain bit for bit on
 * any thread count: each step's random stream comes from (seed, step), and each half of the ensemble
 * is proposed, evaluated in parallel and accepted in walker order. The package also computes what a
 * chain means: autocorrelation times, effective sample sizes, acceptance, R-hat, and the posterior
 * table (median, 68 % and 95 % intervals, MAP) with the correlation matrix.
 */
package org.evofit.core.mcmc;
