/**
 * The seam between a fit and its physics: a {@code Model} computes the simulation of every data set
 * from the parameters' values through a per-thread {@code ModelEvaluator} that allocates nothing.
 * Reflectivity ({@code org.evofit.core.refl.sample}) and curves ({@code org.evofit.core.model.curve})
 * implement it.
 */
package org.evofit.core.model;
