/**
 * One fit: the problem (a model, its data sets, the free parameters and a figure of merit,
 * {@code FitProblem}) with the data points its figure of merit cannot use ({@code ExcludedPoints}),
 * its settings, {@code Fitter} that runs differential evolution on it with an
 * optional local refinement, and the result with the parameters' error estimates ({@code FitResult}).
 */
package org.evofit.core.fit;
