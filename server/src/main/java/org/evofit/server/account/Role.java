package org.evofit.server.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an account may do: an admin everything (and user management), a member their own projects (and
 * share them), a guest is untrusted (own projects, stricter limits, never model scripts).
 */
public enum Role {
    /** Everything, including other users' projects and accounts. */
    ADMIN,
    /** Own projects, which they may share. */
    MEMBER,
    /** Untrusted: own projects, no model scripts, the strictest limits. */
    GUEST;

    /** The role's name as typed on the command line and stored ({@code admin}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code key} (any case); an unknown one is an IllegalArgumentException naming the roles. */
    public static Role of(String key) {
        for (Role role : values()) {
            if (role.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("--role " + key + " is not a role; expected one of "
                + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")));
    }
}
