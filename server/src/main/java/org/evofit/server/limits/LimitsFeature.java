package org.evofit.server.limits;

import org.evofit.server.Action;
import org.evofit.server.AuditNote;
import org.evofit.server.Limits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.evofit.server.RequestIds;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.access.Requester;

/**
 * The rate limits in front of every route (a request over a limit never reaches its handler), the upload quotas
 * ({@link UploadQuota}) and the audit log
 * behind them (each audited request recorded with how it was answered, refusals too), found from the request's
 * method and path ({@link Action}); and the log itself for admins: {@code GET /api/audit} and the page
 * {@code /admin/audit}, which answer anyone else 404, as a path that does not exist.
 */
public final class LimitsFeature implements ServerFeature {

    /** The admins' page of the audit log. */
    public static final String PAGE = "/admin/audit";
    /** The audit log as JSON. */
    public static final String API = "/api/audit";

    private static final int DEFAULT_SHOWN = 200;
    private static final int MAX_SHOWN = 100_000;

    private final RateLimiter limiter;
    private final UploadQuota uploads;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Limits as {@code limits} say, timed by {@code clock}, auditing into {@code audit}; the upload quotas count the
     * projects under {@code projects} that {@code owned} says an account owns.
     */
    public LimitsFeature(Limits limits, Path projects, Function<String, List<String>> owned, AuditLog audit, Clock clock) {
        this.limiter = new RateLimiter(limits.rates(), clock);
        this.uploads = new UploadQuota(limits.quotas(), projects, owned);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.before(this::limit);
        config.routes.after(this::record);
        config.routes.get(API, ctx -> ctx.json(audit.last(shown(ctx))));
        config.routes.get(PAGE, ctx -> ctx.html(AuditPage.html(audit.last(shown(ctx)))));
    }

    private void limit(Context ctx) {
        if (ctx.path().equals(API) || ctx.path().equals(PAGE)) {
            Access.admin(ctx);
            return;
        }
        Optional<Action> action = Action.of(ctx.method().name(), ctx.path());
        if (action.isPresent() && action.get().limited()) {
            limiter.take(action.get(), user(ctx, action.get()), ClientAddress.of(ctx));
        }
        if (action.isPresent() && action.get() == Action.UPLOAD) {
            uploads.check(ctx, Access.requester(ctx));
        }
    }

    private void record(Context ctx) {
        Optional<Action> action = Action.of(ctx.method().name(), ctx.path());
        AuditNote note = AuditNote.of(ctx);
        // External sign-in steps (under /sign-in/) are counted against the limit but audited only when they note
        // an outcome (the issuer's callback does): the start of one says nothing yet.
        if (action.isEmpty() || !action.get().audited()
                || action.get() == Action.SIGN_IN && !ctx.path().equals("/sign-in") && note == null) {
            return;
        }
        int status = ctx.statusCode();
        String event = action.get().key();
        if (action.get() == Action.SIGN_IN && status != 303) {
            event = "sign-in-failure";
        }
        String user = user(ctx, action.get());
        String detail = null;
        String target = null;
        if (note != null) {
            target = note.target();
            event = note.event() == null ? event : note.event();
            user = note.user() == null ? user : note.user();
            detail = note.detail();
        }
        audit.append(new AuditRecord(clock.instant().toString(), event, user, ClientAddress.of(ctx),
                RequestIds.of(ctx), ctx.method().name(), ctx.path(), status, detail, target));
    }

    /** Who the request counts for: the account it acts for, or for a sign-in the name typed into the form. */
    private static String user(Context ctx, Action action) {
        if (action == Action.SIGN_IN && "POST".equals(ctx.method().name())) {
            String typed = ctx.formParam("user");
            return typed == null ? null : typed.trim().substring(0, Math.min(64, typed.trim().length()));
        }
        Requester requester = Access.requester(ctx);
        return requester.user();
    }

    private static int shown(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit == null) {
            return DEFAULT_SHOWN;
        }
        if (!limit.matches("[0-9]{1,6}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_SHOWN) {
            throw ServiceException.badInput("limit must be a whole number from 1 to " + MAX_SHOWN + ", got '" + limit
                    + "'", null);
        }
        return Integer.parseInt(limit);
    }
}
