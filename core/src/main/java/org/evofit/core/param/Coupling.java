package org.evofit.core.param;

import java.util.Objects;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;

/**
 * A parameter whose value is computed from others before every simulation, declared as
 * {@code target = expression}, for example {@code Pt.d = Lambda - Fe.d}.
 *
 * <p>The offsets say where target and expression stand in the line the coupling was read from, so
 * that errors found later can point at the right character of a model file.
 *
 * @param target           name of the parameter that receives the value
 * @param expression       the expression computing it (see {@link ExpressionCompiler})
 * @param targetOffset     offset of the target in its line
 * @param expressionOffset offset of the expression in its line
 */
public record Coupling(String target, String expression, int targetOffset, int expressionOffset) {

    /** Checks that the target is a name and that the offsets are not negative. */
    public Coupling {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(expression, "expression");
        if (!ExpressionCompiler.isName(target)) {
            throw new IllegalArgumentException("not a valid parameter name: '" + target + "'");
        }
        if (targetOffset < 0 || expressionOffset < 0) {
            throw new IllegalArgumentException("offsets must not be negative");
        }
    }

    /**
     * A coupling built in code rather than read from a file. Its line is taken to be
     * {@link #toString()}, {@code target = expression}, and the offsets point into that.
     */
    public static Coupling of(String target, String expression) {
        return new Coupling(target, expression, 0, target.length() + " = ".length());
    }

    /**
     * Reads a coupling from a line {@code target = expression}; blanks around either part are
     * ignored. The expression's syntax is checked here; whether its names exist is checked by
     * {@link Couplings#resolve}.
     *
     * @throws ExpressionException when the line is malformed, with the offset of the offending
     *                             character in {@code line}
     */
    public static Coupling parse(String line) {
        Objects.requireNonNull(line, "line");
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw new ExpressionException("expected 'target = expression' but found no '='", line.length());
        }
        int targetStart = skipBlanks(line, 0);
        int targetEnd = equals;
        while (targetEnd > targetStart && line.charAt(targetEnd - 1) <= ' ') {
            targetEnd--;
        }
        String target = line.substring(targetStart, targetEnd);
        if (target.isEmpty()) {
            throw new ExpressionException("expected a parameter name before '='", equals);
        }
        if (!ExpressionCompiler.isName(target)) {
            throw new ExpressionException("expected a parameter name before '=' but found '" + target + "'",
                    targetStart);
        }
        int expressionStart = skipBlanks(line, equals + 1);
        String expression = line.substring(expressionStart).trim();
        try {
            ExpressionCompiler.names(expression);
        } catch (ExpressionException e) {
            throw e.shiftedBy(expressionStart);
        }
        return new Coupling(target, expression, targetStart, expressionStart);
    }

    /** The coupling as it would be written in a model file. */
    @Override
    public String toString() {
        return target + " = " + expression;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        // Same notion of blank as String.trim, so offsets agree with the trimmed parts.
        while (i < line.length() && line.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }
}
