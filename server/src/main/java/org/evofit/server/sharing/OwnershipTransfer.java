package org.evofit.server.sharing;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.evofit.server.AuditNote;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.account.Account;
import org.evofit.server.account.UserStore;

/**
 * An admin gives a project to a named account ({@code POST /projects/P/owner} from the project's sharing part, or
 * {@code POST /api/projects/P/owner}): an ownerless one (made before accounts) or anyone's. Only the owner in the
 * project's sharing record changes; the project keeps its id, so its page, its git clone URL and the permalinks of
 * its runs (which name it) stay as they were. Its shares stay, but the new owner's own share is dropped (they own
 * it). A name without an account, or a disabled account, is refused saying so: admins may know which accounts
 * exist. Anyone else who may see the project is refused (403) saying only admins may; the {@link ProjectGuard} has
 * answered those who may not see it 404. Each transfer is audited with the project as its target.
 */
public final class OwnershipTransfer implements ServerFeature {

    private final SharingStore store;
    private final UserStore users;

    /** Transfers the projects whose sharing {@code store} keeps to the accounts of {@code users}. */
    public OwnershipTransfer(SharingStore store, UserStore users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.post("/api/projects/{p}/owner", ctx -> ctx.json(SharingFeature.describe(ctx.pathParam("p"),
                transfer(ctx))));
        config.routes.post("/projects/{p}/owner", ctx -> {
            transfer(ctx);
            ctx.redirect("/projects/" + ctx.pathParam("p"), HttpStatus.SEE_OTHER);
        });
    }

    private Sharing transfer(Context ctx) {
        String project = ctx.pathParam("p");
        String given = SharingFeature.fields(ctx).get("user");
        String user = given == null ? null : given.strip();
        Sharing sharing = store.of(project);
        AuditNote.set(ctx, new AuditNote(null, null, "to " + (user == null ? "?" : user) + " from "
                + (sharing.owner() == null ? "no owner" : sharing.owner()), project));
        if (!Access.requester(ctx).admin()) {
            throw new ServiceException(403, "only an admin may give project " + project + " to another account (its "
                    + "owner may share it instead)");
        }
        Account account = user == null ? null : users.find(user).orElse(null);
        if (account == null) {
            throw ServiceException.badInput("there is no account '" + (user == null ? "" : user) + "' to give project "
                    + project + " to (expected the name of an account: /admin/accounts lists them)", null);
        }
        if (account.disabled()) {
            throw ServiceException.badInput("account " + user + " is disabled: give project " + project
                    + " to an account that can sign in", null);
        }
        Sharing changed = sharing.transferredTo(user);
        store.save(project, changed);
        return changed;
    }
}
