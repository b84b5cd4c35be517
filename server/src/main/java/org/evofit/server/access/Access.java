package org.evofit.server.access;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.evofit.server.ServiceException;

/**
 * Who made a request: the {@link AccessFilter} puts the signed-in session on the request before any page, API
 * route or git URL sees it; the parts of the service ask here.
 */
public final class Access {

    static final String SESSION = "evofit.session";
    static final String REQUESTER = "evofit.requester";
    /** The session cookie's name. */
    public static final String COOKIE = "evofit_session";

    private Access() {
    }

    /** The session of the signed-in user who made the request, if any. */
    public static Optional<Session> session(Context ctx) {
        return session(ctx.req());
    }

    /** The session of the signed-in user who made the request, if any (servlet filters). */
    public static Optional<Session> session(HttpServletRequest req) {
        return Optional.ofNullable((Session) req.getAttribute(SESSION));
    }

    /** The name of the signed-in user who made the request, if any. */
    public static Optional<String> user(Context ctx) {
        return Optional.ofNullable(requester(ctx.req()).user());
    }

    /**
     * Who the request acts for: its session's or its API token's account, {@link Requester#LOCAL} on a service
     * that does not require sign-in, {@link Requester#NOBODY} otherwise (only open paths get that far).
     */
    public static Requester requester(Context ctx) {
        return requester(ctx.req());
    }

    /**
     * The requester when an admin; anyone else is answered in the words of a path that does not exist (404), so what
     * only admins see is not even known to others.
     */
    public static Requester admin(Context ctx) {
        Requester requester = requester(ctx);
        if (!requester.admin()) {
            throw ServiceException.notFound("nothing at " + ctx.path());
        }
        return requester;
    }

    /** Who the request acts for (servlet filters). */
    public static Requester requester(HttpServletRequest req) {
        Object r = req.getAttribute(REQUESTER);
        return r instanceof Requester requester ? requester : Requester.NOBODY;
    }
}
