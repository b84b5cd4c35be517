package org.evofit.dispatch;

/** The run store a verb was pointed at does not exist (a mistake in {@code --db}); nothing was created. */
public final class NoStoreException extends RuntimeException {

    /** The message says which URL and what is missing. */
    public NoStoreException(String message) {
        super(message);
    }
}
