package org.evofit.server.admin;

import java.time.Clock;
import java.util.UUID;
import org.evofit.server.account.Account;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.limits.AuditLog;
import org.evofit.server.limits.AuditRecord;

/**
 * Changes to accounts made on the service's host ({@code evofit users}), written to the audit log as an admin's
 * change on the accounts page is: the same event and detail, the account as the target, refusals too. No one is
 * signed in there, so the record names no user; its address says where the change came from and whose login
 * ran it.
 */
public final class HostAccountChanges {

    /** The address the audit log gives a change made with {@code evofit users}. */
    public static final String ADDRESS = "host (evofit users)";

    private HostAccountChanges() {
    }

    /**
     * Gives account {@code name} the role {@code role} and logs it ({@code account-role}, detail
     * {@code role ROLE}), answered 200, or 400 when the store refuses (no such account; the refusal is rethrown).
     */
    public static Account changeRole(UserStore users, AuditLog audit, Clock clock, String name, Role role) {
        int status = 400;
        try {
            Account changed = users.changeRole(name, role);
            status = 200;
            return changed;
        } finally {
            audit.append(new AuditRecord(clock.instant().toString(), "account-role", null,
                    ADDRESS + " as " + System.getProperty("user.name"), UUID.randomUUID().toString().replace("-", "")
                    .substring(0, 16), "CLI", "evofit users role", status, "role " + role.key(), name));
        }
    }
}
