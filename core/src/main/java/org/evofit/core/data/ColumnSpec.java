package org.evofit.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of a text data file hold x, y, the 1-sigma error on y and the 1-sigma resolution
 * in x. Indices are 0-based, as in GenX's {@code cols} setting; {@link #ABSENT} marks a quantity the
 * file does not provide.
 *
 * @param x          column of the independent variable
 * @param y          column of the measured values
 * @param error      column of the 1-sigma errors on y, or {@link #ABSENT}
 * @param resolution column of the 1-sigma resolution in x, or {@link #ABSENT}
 */
public record ColumnSpec(int x, int y, int error, int resolution) {

    /** Marks the error or resolution column as not present in the file. */
    public static final int ABSENT = -1;

    /** Checks that x and y are real columns and error and resolution are columns or absent. */
    public ColumnSpec {
        requireColumn("x", x);
        requireColumn("y", y);
        requireColumnOrAbsent("error", error);
        requireColumnOrAbsent("resolution", resolution);
    }

    /** x and y only. */
    public static ColumnSpec of(int x, int y) {
        return new ColumnSpec(x, y, ABSENT, ABSENT);
    }

    /** x, y and the 1-sigma error on y. */
    public static ColumnSpec of(int x, int y, int error) {
        return new ColumnSpec(x, y, error, ABSENT);
    }

    /** x, y, the 1-sigma error on y and the 1-sigma resolution in x. */
    public static ColumnSpec of(int x, int y, int error, int resolution) {
        return new ColumnSpec(x, y, error, resolution);
    }

    /** Whether the file provides errors on y. */
    public boolean hasError() {
        return error != ABSENT;
    }

    /** Whether the file provides a resolution in x. */
    public boolean hasResolution() {
        return resolution != ABSENT;
    }

    /** How many columns a data row must have at least: one past the highest index used. */
    public int requiredColumns() {
        return Math.max(Math.max(x, y), Math.max(error, resolution)) + 1;
    }

    /** The used columns as the user wrote them, for messages: {@code x=0, y=1, error=2}. */
    public String describe() {
        StringBuilder text = new StringBuilder("x=" + x + ", y=" + y);
        if (hasError()) {
            text.append(", error=").append(error);
        }
        if (hasResolution()) {
            text.append(", resolution=").append(resolution);
        }
        return text.toString();
    }

    /**
     * The quantities read from a column, for messages: {@code y}, or {@code x, error} when one column
     * serves twice; empty when the column is not used.
     */
    String roles(int column) {
        List<String> roles = new ArrayList<>(2);
        if (column == x) {
            roles.add("x");
        }
        if (column == y) {
            roles.add("y");
        }
        if (column == error) {
            roles.add("error");
        }
        if (column == resolution) {
            roles.add("resolution");
        }
        return String.join(", ", roles);
    }

    private static void requireColumn(String role, int index) {
        if (index < 0) {
            throw new IllegalArgumentException(
                    "column of " + role + " must be 0 or more but is " + index);
        }
    }

    private static void requireColumnOrAbsent(String role, int index) {
        if (index < ABSENT) {
            throw new IllegalArgumentException(
                    "column of " + role + " must be 0 or more, or -1 for none, but is " + index);
        }
    }
}
