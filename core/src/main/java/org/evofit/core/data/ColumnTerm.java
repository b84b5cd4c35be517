package org.evofit.core.data;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.expr.CompiledExpression;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;

/**
 * What one quantity of a column text file is read from: a column given by its 0-based index
 * ({@code 3}) or an expression of columns named {@code c0}, {@code c1}, ... ({@code c20 / c21}),
 * compiled once with the project's expression compiler.
 *
 * @param text       the term as written
 * @param column     the column of a plain index, or -1 for an expression
 * @param expression the compiled expression reading slot N for column N, or {@code null} for a plain index
 * @param columns    the columns the term reads, ascending
 */
record ColumnTerm(String text, int column, CompiledExpression expression, Set<Integer> columns) {

    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final Pattern COLUMN_NAME = Pattern.compile("c(\\d{1,6})");

    /**
     * The term of {@code text}.
     *
     * @throws ExpressionException for an expression that does not compile or names something other than a column
     */
    static ColumnTerm of(String text) {
        String trimmed = text.strip();
        if (INDEX.matcher(trimmed).matches() && trimmed.length() < 7) {
            int index = Integer.parseInt(trimmed);
            return new ColumnTerm(trimmed, index, null, Set.of(index));
        }
        SortedSet<Integer> columns = new TreeSet<>();
        CompiledExpression compiled;
        try {
            compiled = ExpressionCompiler.compile(text, name -> {
                int index = columnOf(name);
                if (index >= 0) {
                    columns.add(index);
                }
                return index;
            });
        } catch (ExpressionException e) {
            if (e.getMessage().startsWith("unknown name")) {
                throw new ExpressionException(e.getMessage() + "; expected a column written c0, c1, ... "
                        + "(c0 is the first column)", e.position());
            }
            throw e;
        }
        return new ColumnTerm(text, -1, compiled, Collections.unmodifiableSortedSet(columns));
    }

    /** The column a name such as {@code c21} stands for, or -1 when it names no column. */
    static int columnOf(String name) {
        Matcher m = COLUMN_NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Whether the term is a plain column index rather than an expression. */
    boolean isColumn() {
        return expression == null;
    }

    /** The highest column the term reads, or -1 for an expression of constants only. */
    int highestColumn() {
        return columns.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /** The value in a row whose used columns stand at their indices in {@code row}. */
    double value(double[] row) {
        return expression == null ? row[column] : expression.evaluate(row);
    }
}
