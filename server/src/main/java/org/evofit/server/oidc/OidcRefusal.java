package org.evofit.server.oidc;

/**
 * A sign-in through the issuer that is refused, with the reason shown to the person signing in. The reason never
 * holds a token, a code or the client secret.
 */
public final class OidcRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Refused because {@code reason}. */
    public OidcRefusal(String reason) {
        super(reason);
    }

    /** Refused because {@code reason}, which {@code cause} led to. */
    public OidcRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
