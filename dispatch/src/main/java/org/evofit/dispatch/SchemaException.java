package org.evofit.dispatch;

/**
 * The database named as the run store is not one this evofit can use as it is: a newer evofit's
 * schema, another application's tables, or a cluster store missing Quartz's tables. Nothing was
 * written to it; the message says what was found and what to do.
 */
public final class SchemaException extends RuntimeException {

    /** With what was found and what to do. */
    public SchemaException(String message) {
        super(message);
    }
}
