package org.evofit.server.oidc;

import java.security.SecureRandom;
import java.util.Base64;

/** The random values of a sign-in (state, nonce, PKCE verifier): 256 bits each, base64url without padding. */
public final class OidcRandom {

    private static final int BYTES = 32;

    private OidcRandom() {
    }

    /** A new random value from {@code random}. */
    public static String token(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
