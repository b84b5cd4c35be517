package org.evofit.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One API token of an account, as stored: never the token, only its SHA-256. A token is 256 random bits
 * ({@value #PREFIX} and 43 base64url characters), so no one can guess one or find it from its hash by trying, and a
 * slow password hash (Argon2id, made for passwords people choose) would only slow every API request; a fast hash
 * also lets a request's token be found by its hash instead of being tried against every stored one. The prefix
 * makes a token recognisable where it must not be (an address, a log).
 *
 * @param id      a short name for the token on the account page and in revoking it (not secret)
 * @param label   what its owner called it ("laptop", "CI")
 * @param sha256  the SHA-256 of the token, in hex
 * @param created when it was made
 */
public record ApiToken(String id, String label, String sha256, Instant created) {

    /** How every token starts. */
    public static final String PREFIX = "evofit_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks that nothing is missing. */
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(created, "created");
    }

    /** A new token's secret: {@value #PREFIX} and 256 random bits, base64url. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new token's id: 8 random hex digits. */
    static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The SHA-256 of {@code secret}, in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether {@code secret} is this token (compared in constant time). */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(sha256.getBytes(StandardCharsets.US_ASCII), hash(secret).getBytes(StandardCharsets.US_ASCII));
    }
}
