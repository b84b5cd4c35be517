package org.evofit.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashes: Argon2id through Password4j, with OWASP's minimum cost (19 MiB, 2 passes, one lane) and a
 * random 16-byte salt per hash. The stored string is the standard PHC form ({@code $argon2id$v=19$m=...}), so a
 * later cost change still verifies the old hashes from their own parameters.
 */
public final class PasswordHashing {

    /** The fewest characters a password must have. */
    public static final int MIN_LENGTH = 10;

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private PasswordHashing() {
    }

    /** The hash of {@code password}; a password shorter than {@link #MIN_LENGTH} is an IllegalArgumentException. */
    public static String hash(CharSequence password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the password is too short: at least " + MIN_LENGTH + " characters");
        }
        return Password.hash(password).addRandomSalt(SALT_BYTES)
                .with(Argon2Function.getInstance(MEMORY_KIB, PASSES, LANES, HASH_BYTES, Argon2.ID)).getResult();
    }

    /** Whether {@code password} is the one {@code hash} was made from (false for a hash this class cannot read). */
    public static boolean matches(CharSequence password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
