package org.evofit.server.access;

import org.evofit.server.account.Account;
import org.evofit.server.account.Role;

/**
 * Who a request acts for, as the {@link AccessFilter} found them (a session's account, or an API token's): what
 * every permission check asks. On the loopback address without sign-in ({@code --auth optional}) the one person at
 * the machine is {@link #LOCAL}, who may do everything, as before accounts existed.
 *
 * @param user    the account's name, or null for {@link #LOCAL} and {@link #NOBODY}
 * @param role    what the account may do
 * @param scripts whether the requester may upload model scripts ({@code .java}, which run as code)
 */
public record Requester(String user, Role role, boolean scripts) {

    /** The single user of a service without required sign-in who has not signed in. */
    public static final Requester LOCAL = new Requester(null, Role.ADMIN, true);
    /** No one: a request that reached an open path (the sign-in page, the health check) without an account. */
    public static final Requester NOBODY = new Requester(null, Role.GUEST, false);

    /**
     * The requester an account is: admins may always upload scripts; members when an admin let them
     * ({@code evofit users scripts NAME on}); guests never, whatever the account file says.
     */
    public static Requester of(Account account) {
        boolean scripts = account.role() == Role.ADMIN || account.role() == Role.MEMBER && account.scripts();
        return new Requester(account.name(), account.role(), scripts);
    }

    /** Whether this requester sees and changes everything (admins, and {@link #LOCAL}). */
    public boolean admin() {
        return role == Role.ADMIN;
    }
}
