package org.evofit.wrapper.genx;

import java.util.Map;

/**
 * A GenX data set's raw arrays and the commands GenX computes its x, y and error from.
 *
 * @param xCommand     the x command, {@code x} by default
 * @param yCommand     the y command, {@code y} by default
 * @param errorCommand the error command, {@code e} by default
 * @param x            the raw x
 * @param y            the raw y
 * @param error        the raw errors
 * @param extra        the extra raw arrays by name (such as {@code det}, {@code mon}), in the file's order
 */
record GenxRawData(String xCommand, String yCommand, String errorCommand, double[] x, double[] y, double[] error,
                   Map<String, double[]> extra) {

    /** Whether the commands are GenX's defaults, which leave the raw arrays as they are. */
    boolean isDefault() {
        return xCommand.strip().equals("x") && yCommand.strip().equals("y") && errorCommand.strip().equals("e");
    }
}
