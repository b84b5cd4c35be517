package org.evofit.cli;

/** A mistake in what the user asked for on the command line, found after parsing. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
