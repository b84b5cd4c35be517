package org.evofit.core.fit;

/**
 * A fit ended with a parameter or a model point that is NaN or infinite: the model cannot be
 * evaluated anywhere the optimizer searched, so there is no result to report. The message names the
 * parameters and points.
 */
public final class NonFiniteResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NonFiniteResultException(String message) {
        super(message);
    }
}
