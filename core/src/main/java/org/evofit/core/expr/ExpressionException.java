package org.evofit.core.expr;

/**
 * An expression that cannot be compiled: a syntax error, an unknown name or function, or a wrong
 * number of arguments. The message says what was expected; {@link #position()} says where, so that
 * a caller can point at the offending character of a model file.
 */
public class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * An error at a character of the source.
     *
     * @param message  what was expected or what is wrong, without the position
     * @param position 0-based character offset into the source
     */
    public ExpressionException(String message, int position) {
        super(message);
        this.position = position;
    }

    private ExpressionException(String message, int position, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    /** The 0-based character offset into the source where the error was found. */
    public int position() {
        return position;
    }

    /**
     * The same error with its position moved by {@code offset}: used when the expression was cut
     * out of a longer line and the error must point into that line.
     */
    public ExpressionException shiftedBy(int offset) {
        return new ExpressionException(getMessage(), position + offset, this);
    }
}
