package org.evofit.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to read a text file of columns: what x, y, the 1-sigma error on y and the 1-sigma resolution in
 * x are read from, which lines are comments and which data rows are used.
 *
 * <p>Each quantity is a term: a 0-based column index ({@code "3"}, as in GenX's {@code cols}
 * setting) or an expression of columns named {@code c0}, {@code c1}, ... such as {@code "c20 / c21"}
 * or {@code "sqrt(c20) / c21"}. When y is an expression and no error is given, the error is
 * propagated from Poisson counts as {@link PropagatedError} states; {@link #propagationNote()} says
 * how; an error of {@link #NO_ERROR} says there is none. Lines matching {@code comment} are skipped
 * as a whole, besides blank lines and {@code #} comments; rows count the data rows left, from 0, both
 * ends included.
 *
 * @param x          term of the independent variable
 * @param y          term of the measured values
 * @param error      term of the 1-sigma errors on y, {@code null} when the file provides none (propagated
 *                   for a y expression) or {@link #NO_ERROR}
 * @param resolution term of the 1-sigma resolution in x, or {@code null}
 * @param comment    regular expression found in every line to skip, or {@code null}
 * @param firstRow   first data row used, 0 for the first
 * @param lastRow    last data row used, {@link Integer#MAX_VALUE} for the last of the file
 * @param wavelength term of each point's own wavelength in Å (time-of-flight data), or {@code null}
 */
public record ColumnSpec(String x, String y, String error, String resolution, String comment, int firstRow,
                         int lastRow, String wavelength) {

    /** Marks the error or resolution column as not present in the file, in the index factories. */
    public static final int ABSENT = -1;

    /**
     * The error term saying that y has no error, not even a propagated one: for a y expression whose
     * errors are not wanted (a fit without error weights).
     */
    public static final String NO_ERROR = "none";

    /**
     * Checks every term (an index, or an expression of columns that compiles), the comment pattern
     * and the row range, and that an error can be propagated when y is an expression without one.
     *
     * @throws IllegalArgumentException naming the quantity at fault; an
     *                                  {@link org.evofit.core.expr.ExpressionException} for a term that
     *                                  does not compile, with its position in the term
     */
    public ColumnSpec {
        term("x", x);
        term("y", y);
        if (error != null && !error.equals(NO_ERROR)) {
            term("error", error);
        }
        if (resolution != null) {
            term("resolution", resolution);
        }
        if (wavelength != null) {
            term("wavelength", wavelength);
        }
        if (comment != null) {
            Pattern.compile(comment);
        }
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException("expected rows from 0 or more to at least the first row but found "
                    + "from " + firstRow + " to " + lastRow);
        }
        if (error == null && !ColumnTerm.of(y).isColumn() && PropagatedError.of(y).isEmpty()) {
            throw new IllegalArgumentException("cannot propagate an error to y = " + y.strip() + ": evofit does "
                    + "so only for counts multiplied or divided by other columns (such as c3 / c1); give error:");
        }
    }

    /** A spec without a wavelength column. */
    public ColumnSpec(String x, String y, String error, String resolution, String comment, int firstRow,
                      int lastRow) {
        this(x, y, error, resolution, comment, firstRow, lastRow, null);
    }

    /** x and y only. */
    public static ColumnSpec of(int x, int y) {
        return of(x, y, ABSENT, ABSENT);
    }

    /** x, y and the 1-sigma error on y. */
    public static ColumnSpec of(int x, int y, int error) {
        return of(x, y, error, ABSENT);
    }

    /** x, y, the 1-sigma error on y and the 1-sigma resolution in x, by index ({@link #ABSENT}: none). */
    public static ColumnSpec of(int x, int y, int error, int resolution) {
        requireColumn("x", x);
        requireColumn("y", y);
        requireColumnOrAbsent("error", error);
        requireColumnOrAbsent("resolution", resolution);
        return terms(String.valueOf(x), String.valueOf(y), error == ABSENT ? null : String.valueOf(error),
                resolution == ABSENT ? null : String.valueOf(resolution));
    }

    /** Terms (indices or expressions of columns) for x, y, error and resolution; {@code null}: none. */
    public static ColumnSpec terms(String x, String y, String error, String resolution) {
        return new ColumnSpec(x, y, error, resolution, null, 0, Integer.MAX_VALUE);
    }

    /** This spec skipping lines in which {@code pattern} is found ({@code null}: none). */
    public ColumnSpec withComment(String pattern) {
        return new ColumnSpec(x, y, error, resolution, pattern, firstRow, lastRow, wavelength);
    }

    /** This spec using data rows {@code from} to {@code to}, both included, counted from 0. */
    public ColumnSpec withRows(int from, int to) {
        return new ColumnSpec(x, y, error, resolution, comment, from, to, wavelength);
    }

    /** This spec reading each point's own wavelength in Å from {@code term} ({@code null}: none). */
    public ColumnSpec withWavelength(String term) {
        return new ColumnSpec(x, y, error, resolution, comment, firstRow, lastRow, term);
    }

    /** Whether the file provides each point's wavelength. */
    public boolean hasWavelength() {
        return wavelength != null;
    }

    /** Whether the file provides errors on y, read or propagated. */
    public boolean hasError() {
        return error != null && !error.equals(NO_ERROR) || propagated().isPresent();
    }

    /** Whether the file provides a resolution in x. */
    public boolean hasResolution() {
        return resolution != null;
    }

    /**
     * Whether this reads columns 0, 1, 2 and 3 as x, y, error and resolution (error and resolution
     * optional), every row: GenX's and ORSO's order, which a format whose file says what its values are
     * can accept.
     */
    public boolean isPlainOrder() {
        return x.strip().equals("0") && y.strip().equals("1")
                && (error == null || error.equals(NO_ERROR) || error.strip().equals("2"))
                && (resolution == null || resolution.strip().equals("3")) && wavelength == null && readsEveryRow();
    }

    /** Whether only the default lines are skipped and every data row is used. */
    public boolean readsEveryRow() {
        return comment == null && firstRow == 0 && lastRow == Integer.MAX_VALUE;
    }

    /** How the error of y is propagated when it is, for the notes of a load. */
    public Optional<String> propagationNote() {
        return propagated().map(PropagatedError::note);
    }

    /** How many columns a data row must have at least: one past the highest column used. */
    public int requiredColumns() {
        int highest = -1;
        for (ColumnTerm t : compiled()) {
            if (t != null) {
                highest = Math.max(highest, t.highestColumn());
            }
        }
        return highest + 1;
    }

    /** The used terms as the user wrote them, for messages: {@code x=0, y=1, error=2}. */
    public String describe() {
        StringBuilder text = new StringBuilder("x=" + x + ", y=" + y);
        if (error != null && !error.equals(NO_ERROR)) {
            text.append(", error=").append(error);
        }
        if (resolution != null) {
            text.append(", resolution=").append(resolution);
        }
        if (wavelength != null) {
            text.append(", lambda=").append(wavelength);
        }
        return text.toString();
    }

    /**
     * The quantities read from a column, for messages: {@code y}, or {@code x, error} when one column
     * serves twice; empty when the column is not used.
     */
    String roles(int column) {
        List<String> roles = new ArrayList<>(4);
        String[] names = {"x", "y", "error", "resolution", "lambda"};
        List<ColumnTerm> terms = compiled();
        for (int i = 0; i < names.length; i++) {
            if (terms.get(i) != null && terms.get(i).columns().contains(column)) {
                roles.add(names[i]);
            }
        }
        return String.join(", ", roles);
    }

    /** The terms compiled, in the order x, y, error, resolution, wavelength; {@code null} where absent. */
    List<ColumnTerm> compiled() {
        List<ColumnTerm> out = new ArrayList<>(5);
        for (String t : new String[] {x, y, NO_ERROR.equals(error) ? null : error, resolution, wavelength}) {
            out.add(t == null ? null : ColumnTerm.of(t));
        }
        return out;
    }

    /** The propagation of y's error when y is an expression and no error is given. */
    Optional<PropagatedError> propagated() {
        return error == null && !ColumnTerm.of(y).isColumn() ? PropagatedError.of(y) : Optional.empty();
    }

    /**
     * Checks one term on its own, so a reader can report a mistake where the term is written.
     *
     * @throws org.evofit.core.expr.ExpressionException for an expression that does not compile or reads
     *                                                  something other than columns
     */
    public static void checkTerm(String text) {
        ColumnTerm.of(text);
    }

    private static void term(String role, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected a column or an expression of columns for " + role
                    + " but found nothing");
        }
        ColumnTerm.of(text);
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
