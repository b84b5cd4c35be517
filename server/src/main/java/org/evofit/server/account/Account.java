package org.evofit.server.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One account as stored: never the password, only its Argon2id hash (a PHC string holding its salt and
 * cost).
 *
 * @param name         the sign-in name ({@link AccountNames})
 * @param role         what the account may do
 * @param passwordHash the password's hash as {@link PasswordHashing} wrote it
 * @param disabled     a disabled account cannot sign in; its projects stay
 * @param scripts      whether an admin let this account upload model scripts ({@code .java}, which run as code)
 * @param created      when the account was added
 * @param tokens       its API tokens (their hashes)
 */
public record Account(String name, Role role, String passwordHash, boolean disabled, boolean scripts, Instant created,
                      List<ApiToken> tokens) {

    /** Checks that nothing is missing. */
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        tokens = List.copyOf(tokens);
    }

    /** A new account without tokens. */
    public Account(String name, Role role, String passwordHash, boolean disabled, boolean scripts, Instant created) {
        this(name, role, passwordHash, disabled, scripts, created, List.of());
    }

    /** This account with {@code changed} as its tokens. */
    public Account withTokens(List<ApiToken> changed) {
        return new Account(name, role, passwordHash, disabled, scripts, created, changed);
    }

    /** This account, disabled. */
    public Account disable() {
        return new Account(name, role, passwordHash, true, scripts, created, tokens);
    }

    /** This account, allowed to upload model scripts or not. */
    public Account withScripts(boolean allowed) {
        return new Account(name, role, passwordHash, disabled, allowed, created, tokens);
    }

    /** This account with a new password hash (and enabled again: a reset is how an admin lets someone back in). */
    public Account withPasswordHash(String hash) {
        return new Account(name, role, hash, false, scripts, created, tokens);
    }
}
