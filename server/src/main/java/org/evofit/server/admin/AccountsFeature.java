package org.evofit.server.admin;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.server.AuditNote;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.access.Requester;
import org.evofit.server.account.Account;
import org.evofit.server.account.UserStore;

/**
 * The admins' accounts page ({@code /admin/accounts}) and its JSON twin ({@code /api/admin/accounts}): every account
 * with its role, whether it is disabled, whether it may upload model scripts and its linked identity; and the
 * changes of one ({@code POST .../accounts/NAME}): allow or forbid model scripts (members only, as
 * {@link UserStore#allowScripts} says), disable it, change its role. An admin changes neither the role of their own
 * account nor disables it, so no slip leaves the service without an admin. Anyone but an admin gets 404, as for a
 * path that does not exist; each change is audited with its target account.
 */
public final class AccountsFeature implements ServerFeature {

    /** The page. */
    public static final String PAGE = "/admin/accounts";
    /** The page's JSON twin. */
    public static final String API = "/api/admin/accounts";

    private final UserStore users;

    /** The page of the accounts of {@code users}. */
    public AccountsFeature(UserStore users) {
        this.users = users;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get(PAGE, ctx -> {
            Requester admin = Access.admin(ctx);
            ctx.html(AccountsPage.html(users.list(), admin.user()));
        });
        config.routes.get(API, ctx -> {
            Access.admin(ctx);
            ctx.json(users.list().stream().map(AccountsFeature::describe).toList());
        });
        config.routes.post(PAGE + "/{user}", ctx -> {
            change(ctx);
            ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
        });
        config.routes.post(API + "/{user}", ctx -> ctx.json(describe(change(ctx))));
    }

    private Account change(Context ctx) {
        Requester admin = Access.admin(ctx);
        String name = ctx.pathParam("user");
        if (users.find(name).isEmpty()) {
            throw ServiceException.notFound("no account " + name + " (the accounts are listed at " + PAGE + ")");
        }
        AccountChange change = AccountChange.of(ctx);
        // Noted before the change is tried, so that a refused change is in the log with its target as well.
        AuditNote.set(ctx, new AuditNote(change.event(), null, change.field() + " " + change.value(), name));
        if (change.locksOut() && name.equals(admin.user())) {
            throw ServiceException.badInput("you may not disable your own account or change its role: another admin "
                    + "must, so that no slip leaves the service without an admin", null);
        }
        try {
            return switch (change.field()) {
                case "scripts" -> users.allowScripts(name, change.flag());
                case "disabled" -> disable(name, change.flag());
                default -> users.changeRole(name, change.role());
            };
        } catch (IllegalArgumentException e) {
            throw ServiceException.badInput(e.getMessage(), null);
        }
    }

    private Account disable(String name, boolean disabled) {
        if (!disabled) {
            throw ServiceException.badInput("an account is enabled again by giving it a new password (evofit users "
                    + "reset-password " + name + "), so that whoever had it cannot simply come back", null);
        }
        return users.disable(name);
    }

    /** An account as the API lists it: never its password hash or tokens. */
    static Map<String, Object> describe(Account account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", account.name());
        out.put("role", account.role().key());
        out.put("disabled", account.disabled());
        out.put("scripts", account.scripts());
        out.put("mayUploadScripts", Requester.of(account).scripts());
        out.put("identity", account.identity() == null ? null
                : Map.of("issuer", account.identity().issuer(), "subject", account.identity().subject()));
        out.put("created", account.created().toString());
        return out;
    }
}
