package org.evofit.core.materials;

/**
 * A composition string that cannot be read, located at the character where reading stopped so that a
 * caller can point at it inside a larger file. The message reads
 * {@code expected an element symbol at position 5}.
 */
public final class CompositionSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;
    private final String detail;

    /**
     * A mistake in a composition.
     *
     * @param text     the whole composition as written
     * @param position 1-based character position of the mistake; {@code text.length() + 1} when the
     *                 text ended too early
     * @param detail   what was expected or what is wrong there
     */
    public CompositionSyntaxException(String text, int position, String detail) {
        super(detail + " at position " + position);
        this.text = text;
        this.position = position;
        this.detail = detail;
    }

    /** The whole composition as written. */
    public String text() {
        return text;
    }

    /** 1-based character position of the mistake. */
    public int position() {
        return position;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }
}
