/**
 * Curve models: a sum of components (Gaussian, Lorentzian, pseudo-Voigt and Voigt peaks, polynomial,
 * exponential and constant backgrounds, and free expressions), each holding its parameters, with the
 * kind a model file declares ({@code ComponentKind}).
 */
package org.evofit.core.model.curve;
