/**
 * What an optimizer minimises, apart from any optimizer and any model: an {@code Objective} is a
 * function of a vector of free parameters inside bounds, evaluated on per-thread evaluators. Both the
 * differential evolution ({@code org.evofit.core.de}) and a fit ({@code org.evofit.core.fit}) depend on
 * it, and neither on the other's side of it (as Hipparchus keeps its {@code optim} package neutral).
 * The reproducible machinery both the optimizer and the posterior sampler ({@code org.evofit.core.mcmc})
 * run on lives here too: random streams derived from (seed, generation) and the parallel evaluation
 * of a batch of candidates whose results do not depend on the thread count.
 */
package org.evofit.core.optim;
