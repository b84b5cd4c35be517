package org.evofit.server.access;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who made a request: the {@link AccessFilter} puts the signed-in session on the request before any page, API
 * route or git URL sees it; the parts of the service ask here.
 */
public final class Access {

    static final String SESSION = "evofit.session";
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
        return session(ctx).map(Session::user);
    }
}
