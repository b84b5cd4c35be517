package org.evofit.wrapper.io;

import java.util.Optional;

/**
 * The points of one simulated curve where the model is NaN or infinite. A simulation writes such values
 * as they are ({@code NaN}, {@code Infinity}) rather than dropping them, and says so with
 * {@link #message()}, so a curve with holes is never taken for a whole one.
 *
 * @param curve      what the curve is: a data set's name, or the file whose x it was simulated at
 * @param count      how many points are not finite
 * @param points     how many points the curve has
 * @param firstX     x of the first such point
 * @param firstValue the model's value there
 */
public record NonFiniteModel(String curve, int count, int points, double firstX, double firstValue) {

    /** The non-finite points of {@code model}, simulated at {@code x}; empty when every value is finite. */
    public static Optional<NonFiniteModel> of(String curve, double[] x, double[] model) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < model.length; i++) {
            if (!Double.isFinite(model[i])) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        return count == 0 ? Optional.empty()
                : Optional.of(new NonFiniteModel(curve, count, model.length, x[first], model[first]));
    }

    /**
     * One line, such as {@code data0: the model is not finite at 100 of 121 points (the first at x = 0.0:
     * NaN); they are written as NaN or Infinity}.
     */
    public String message() {
        return curve + ": the model is not finite at " + count + " of " + points + (points == 1 ? " point" : " points")
                + " (the first at x = " + firstX + ": " + firstValue + "); they are written as NaN or Infinity";
    }
}
