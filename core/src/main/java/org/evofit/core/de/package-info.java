/**
 * Differential evolution: GenX's strategies and settings, the population evaluated in parallel and
 * reproducibly (the same seed gives the same result bit for bit on any thread count), screened
 * restarts, the evaluation log GenX's error bars are computed from, and checkpoints from which an
 * interrupted run continues to the same result. It minimises an {@code org.evofit.core.optim.Objective}
 * and knows nothing of models or data.
 */
package org.evofit.core.de;
