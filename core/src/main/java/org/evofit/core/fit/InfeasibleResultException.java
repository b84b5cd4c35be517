package org.evofit.core.fit;

/**
 * A fit ended with a coupling setting a parameter below its quantity's minimum (a negative thickness,
 * say): no candidate the optimizer tried was a physical sample, so there is no result to report. The
 * message names the parameters, their layers or stacks and the couplings.
 */
public final class InfeasibleResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InfeasibleResultException(String message) {
        super(message);
    }
}
