package org.evofit.core.param;

/**
 * A coupling that cannot be used: unknown target or name, a target set twice, or a cycle. Says
 * which coupling of the input list is at fault and, where it can, which character of its line.
 */
public class CouplingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int couplingIndex;
    private final int position;

    /**
     * An error in one coupling.
     *
     * @param message       what is wrong
     * @param couplingIndex index of the offending coupling in the list given to {@link Couplings#resolve}
     * @param position      offset within that coupling's line, or -1 when no single character is at fault
     * @param cause         the underlying error, or {@code null}
     */
    public CouplingException(String message, int couplingIndex, int position, Throwable cause) {
        super(message, cause);
        this.couplingIndex = couplingIndex;
        this.position = position;
    }

    /** Index of the offending coupling in the list given to {@link Couplings#resolve}. */
    public int couplingIndex() {
        return couplingIndex;
    }

    /** Offset within the offending coupling's line, or -1 when no single character is at fault. */
    public int position() {
        return position;
    }
}
