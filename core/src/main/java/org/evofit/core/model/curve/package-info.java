/**
 * Curve models: a sum of components (Gaussian, Lorentzian, pseudo-Voigt and Voigt peaks, polynomial,
 * exponential and constant backgrounds, and free expressions), with the kind a model file declares
 * ({@code ComponentKind}). A {@link org.evofit.core.model.curve.DeclaredComponent} holds its own
 * parameters (and is the one place their names are made); a
 * {@link org.evofit.core.model.curve.DeclaredCurveModel} collects them in declaration order, which is
 * the slot order, and binds every built-in component to its slots by position.
 */
package org.evofit.core.model.curve;
