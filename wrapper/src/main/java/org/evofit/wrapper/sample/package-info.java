/**
 * Posterior sampling of a loaded model: the pipeline that samples from a start (the model's values,
 * a finished run's, or a fit just made) with checkpoints it resumes from exactly, and the files it
 * writes (the chain as compact binary and thinned CSV, the posterior table, the correlation matrix,
 * posterior.json). The command line's {@code evofit sample} and {@code fit --mcmc} and the Java API
 * use it.
 */
package org.evofit.wrapper.sample;
