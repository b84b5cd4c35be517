/**
 * Figures of merit: GenX's fourteen (and plain {@code chi2}) as one enum of per-point formulas
 * ({@code FomFormula}); each is a scaled sum of absolute per-point terms. A new figure of merit is one
 * constant there and a test. {@code NonFinitePolicy} says what a NaN or infinite term does.
 */
package org.evofit.core.fom;
