/**
 * The model a fit runs on, as the rest of evofit sees it: {@code ModelDefinition} (the fit problem
 * with its settings, data sources and layout), where each data set came from ({@code DataSource},
 * {@code DataOrigin}), what a person must hear about the data before trusting a fit of them
 * ({@code DataWarning}: points the figure of merit leaves out) and what a model file says besides
 * the numbers ({@code ModelLayout}, {@code ModelStructure}). The readers, writers and result files (modelfile, io, ort, script) all
 * depend on it, and it on none of them.
 */
package org.evofit.wrapper.model;
