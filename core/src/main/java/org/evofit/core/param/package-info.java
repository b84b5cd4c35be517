/**
 * Parameters: a {@code Parameter} is one value with bounds, a fit flag and an optional coupling (an
 * expression over other parameters); {@code Couplings} orders and evaluates the couplings so that a
 * cycle is an error naming the parameters involved.
 */
package org.evofit.core.param;
