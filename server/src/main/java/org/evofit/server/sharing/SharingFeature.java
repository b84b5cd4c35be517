package org.evofit.server.sharing;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.server.AuditNote;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.access.Requester;
import org.evofit.server.account.AccountNames;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectSection;

/**
 * Sharing a project: its owner (or an admin) shares it with a named user for reading or writing, stops sharing
 * it, or makes it public read-only, on the project's page ({@code POST /projects/P/sharing}) or through the API
 * ({@code GET} and {@code POST /api/projects/P/sharing}). Members and admins share; guests own projects but may
 * not share them (an untrusted account must not hand out what it made to others). Sharing with a name that has no
 * account is answered exactly as sharing with one that has (see {@link Sharing#unmatched()}). The {@link ProjectGuard} has
 * already refused these paths to those who may not see or change the project.
 */
public final class SharingFeature implements ServerFeature, ProjectSection {

    private final ProjectGuard guard;
    private final SharingStore store;
    private final UserStore users;

    /** Shares the projects {@code guard} guards, keeping the shares in {@code store}, with the accounts of {@code users}. */
    public SharingFeature(ProjectGuard guard, SharingStore store, UserStore users) {
        this.guard = guard;
        this.store = store;
        this.users = users;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get("/api/projects/{p}/sharing", ctx -> ctx.json(describe(ctx.pathParam("p"), owned(ctx))));
        config.routes.post("/api/projects/{p}/sharing", ctx -> ctx.json(describe(ctx.pathParam("p"), change(ctx))));
        config.routes.post("/projects/{p}/sharing", ctx -> {
            change(ctx);
            ctx.redirect("/projects/" + ctx.pathParam("p"), io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    /** The project's sharing, when the requester may share it (its owner, an admin); otherwise 403 saying why. */
    private Sharing owned(Context ctx) {
        String project = ctx.pathParam("p");
        Requester requester = Access.requester(ctx);
        if (!guard.levelOf(requester, project).atLeast(Level.OWN)) {
            throw new ServiceException(403, "only the owner of project " + project + " (or an admin) may share it");
        }
        if (requester.role() == Role.GUEST) {
            throw new ServiceException(403, "guests may not share projects: ask an admin to make your account a member");
        }
        return store.of(project);
    }

    private Sharing change(Context ctx) {
        String project = ctx.pathParam("p");
        Sharing sharing = owned(ctx);
        Map<String, String> form = fields(ctx);
        Sharing changed;
        if (form.get("public") != null) {
            changed = sharing.withPublic(Boolean.parseBoolean(form.get("public")));
        } else {
            String user = form.get("user");
            if (user == null || !AccountNames.isValid(user)) {
                throw ServiceException.badInput("'" + (user == null ? "" : user) + "' is not an account name to share "
                        + "project " + project + " with (expected the name of an account, and access read, write or "
                        + "none)", null);
            }
            if (user.equals(sharing.owner())) {
                throw ServiceException.badInput(user + " owns project " + project + " already", null);
            }
            // A name without an account is answered as any other (the share is listed, unmatched, granting nothing),
            // so sharing does not tell which accounts exist; the audit log tells admins of the attempt.
            boolean exists = users.find(user).isPresent();
            if (!exists) {
                AuditNote.set(ctx, new AuditNote("share-unknown-user", null, null));
            }
            try {
                changed = sharing.sharedWith(user, Level.shareable(form.getOrDefault("access", "read")), exists);
            } catch (IllegalArgumentException e) {
                throw ServiceException.badInput(e.getMessage(), null);
            }
        }
        store.save(project, changed);
        return changed;
    }

    /** The fields of a form or a JSON object ({@code user} and {@code access}, or {@code public}). */
    static Map<String, String> fields(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            ctx.bodyAsClass(Map.class).forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (String key : new String[] {"user", "access", "public"}) {
                if (ctx.formParam(key) != null) {
                    out.put(key, ctx.formParam(key));
                }
            }
        }
        return out;
    }

    /** The sharing as the API answers it. */
    static Map<String, Object> describe(String project, Sharing sharing) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("project", project);
        out.put("owner", sharing.owner());
        out.put("public", sharing.publicRead());
        Map<String, String> shares = new LinkedHashMap<>();
        sharing.listed().forEach((user, level) -> shares.put(user, level.key()));
        out.put("shares", shares);
        return out;
    }

    @Override
    public String projectHtml(Project project) {
        return "";
    }

    @Override
    public String projectHtml(Project project, Context ctx) {
        Requester requester = Access.requester(ctx);
        Sharing sharing = store.of(project.name());
        boolean mayShare = guard.levelOf(requester, project.name()).atLeast(Level.OWN) && requester.role() != Role.GUEST;
        return SharingPage.html(project.name(), sharing, mayShare) + (requester.admin()
                ? SharingPage.transferForm(project.name(), sharing) : "");
    }
}
