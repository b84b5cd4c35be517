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
 * @param identity     for an account made at its first sign-in through an OpenID Connect issuer, who it is there
 *                     (its password hash is then empty until an admin sets one); null for a local account
 */
public record Account(String name, Role role, String passwordHash, boolean disabled, boolean scripts, Instant created,
                      List<ApiToken> tokens, ExternalIdentity identity) {

    /** Checks that nothing is missing. */
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        tokens = List.copyOf(tokens);
    }

    /** A local account (no external identity). */
    public Account(String name, Role role, String passwordHash, boolean disabled, boolean scripts, Instant created,
                   List<ApiToken> tokens) {
        this(name, role, passwordHash, disabled, scripts, created, tokens, null);
    }

    /** A new account without tokens. */
    public Account(String name, Role role, String passwordHash, boolean disabled, boolean scripts, Instant created) {
        this(name, role, passwordHash, disabled, scripts, created, List.of());
    }

    /** This account with {@code changed} as its tokens. */
    public Account withTokens(List<ApiToken> changed) {
        return new Account(name, role, passwordHash, disabled, scripts, created, changed, identity);
    }

    /** This account, disabled. */
    public Account disable() {
        return new Account(name, role, passwordHash, true, scripts, created, tokens, identity);
    }

    /** This account, allowed to upload model scripts or not. */
    public Account withScripts(boolean allowed) {
        return new Account(name, role, passwordHash, disabled, allowed, created, tokens, identity);
    }

    /**
     * This account with {@code changed} as its role; a guest never keeps the permission to upload model scripts, so
     * that making it a member again does not silently give back what an admin once allowed.
     */
    public Account withRole(Role changed) {
        return new Account(name, changed, passwordHash, disabled, scripts && changed != Role.GUEST, created, tokens,
                identity);
    }

    /** This account with a new password hash (and enabled again: a reset is how an admin lets someone back in). */
    public Account withPasswordHash(String hash) {
        return new Account(name, role, hash, false, scripts, created, tokens, identity);
    }

    /** This account, linked to {@code linked}, its identity at an OpenID Connect issuer. */
    public Account withIdentity(ExternalIdentity linked) {
        return new Account(name, role, passwordHash, disabled, scripts, created, tokens, linked);
    }
}
