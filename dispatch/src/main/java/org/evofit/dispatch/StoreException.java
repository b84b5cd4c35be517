package org.evofit.dispatch;

/** The run store could not be reached or refused a statement. */
public final class StoreException extends RuntimeException {

    /** With the statement's or the connection's reason. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
