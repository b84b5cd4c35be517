package org.evofit.wrapper.genx;

/**
 * One row of GenX's parameter table.
 *
 * @param row   0-based row in the table, for messages
 * @param name  the setter GenX calls, such as {@code Fe.setD} or {@code cp.setLambda}
 * @param value the start value
 * @param fit   whether GenX fits it
 * @param min   the lower bound
 * @param max   the upper bound
 */
public record GenxParameter(int row, String name, double value, boolean fit, double min, double max) {
}
