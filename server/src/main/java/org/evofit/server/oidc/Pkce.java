package org.evofit.server.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636, method S256): the verifier stays on this service, the authorization request
 * carries only its SHA-256, and the issuer gives tokens for the code only to whoever shows the verifier, so a code
 * read on its way back through the browser is worth nothing to anyone else.
 *
 * @param verifier  43 characters from 256 random bits (base64url)
 * @param challenge base64url(SHA-256(verifier)), sent with the authorization request
 */
public record Pkce(String verifier, String challenge) {

    /** The method named in the authorization request. */
    public static final String METHOD = "S256";

    /** A new verifier from {@code random} and its challenge. */
    public static Pkce create(SecureRandom random) {
        String verifier = OidcRandom.token(random);
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** The S256 challenge of {@code verifier}. */
    public static String challengeOf(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    /** SHA-256 of {@code text}'s UTF-8 bytes (a verifier is ASCII, so its UTF-8 bytes are RFC 7636's ASCII ones). */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
