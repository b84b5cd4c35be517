package org.evofit.wrapper.pickle;

/**
 * A pickle that cannot be read as plain data: malformed, or naming a class or callable that is not
 * allowed (then {@link #refusedName()} names it).
 */
public final class PickleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String refusedName;

    PickleException(String message) {
        this(message, null);
    }

    PickleException(String message, String refusedName) {
        super(message);
        this.refusedName = refusedName;
    }

    /** The {@code module.name} of the class or callable that was refused, or {@code null}. */
    public String refusedName() {
        return refusedName;
    }
}
