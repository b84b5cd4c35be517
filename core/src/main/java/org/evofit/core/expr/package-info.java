/**
 * Expressions in model files (couplings such as {@code Fe.d * 2}, curve components such as
 * {@code height*exp(-x)}): lexed, parsed, resolved against the model's names and compiled to a JVM
 * class, so that evaluating one allocates nothing. Mistakes are reported with their position.
 */
package org.evofit.core.expr;
