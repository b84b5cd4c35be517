package org.evofit.server.access;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.evofit.server.AuthOptions;
import org.evofit.server.ServerFeature;
import org.evofit.server.account.Account;
import org.evofit.server.account.UserStore;
import org.evofit.server.oidc.OidcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out ({@code /sign-in}, {@code /sign-out}), the filter that finds each request's session (and,
 * when sign-in is required, turns away requests without one) and the CSRF check and forms. Configure it before
 * every other feature: its filter must run before the git URLs' filter and its handlers before the routes.
 */
public final class SignInFeature implements ServerFeature {

    /** The sign-in page and form. */
    public static final String SIGN_IN = "/sign-in";
    /** Where a signed-in browser signs out (POST). */
    public static final String SIGN_OUT = "/sign-out";

    private static final Logger LOG = LoggerFactory.getLogger(SignInFeature.class);

    private final UserStore users;
    private final AuthOptions options;
    private final Sessions sessions;
    private final SignInLockout lockout;
    private final OidcSignIn oidc;

    /** Signs in the accounts of {@code users} as {@code options} say. */
    public SignInFeature(UserStore users, AuthOptions options, Clock clock) {
        this.users = users;
        this.options = options;
        this.sessions = new Sessions(clock);
        this.lockout = new SignInLockout(options, clock);
        this.oidc = options.oidc() == null ? null : new OidcSignIn(new OidcClient(options.oidc()), users, sessions, clock);
    }

    @Override
    public void configure(JavalinConfig config) {
        AccessFilter filter = new AccessFilter(sessions, options.mode(), users);
        config.jetty.modifyServletContextHandler(context -> {
            context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
        config.routes.before(Csrf::check);
        config.routes.after(Csrf::addToPage);
        config.routes.get(SIGN_IN, ctx -> {
            Optional<Session> session = Access.session(ctx);
            ctx.html(session.isPresent() ? SignInPage.signedIn(session.get())
                    : SignInPage.html(safeNext(ctx.queryParam("next")), null, "", oidcLabel()));
        });
        if (oidc != null) {
            oidc.configure(config);
        }
        config.routes.post(SIGN_IN, this::signIn);
        config.routes.post(SIGN_OUT, ctx -> {
            Access.session(ctx).ifPresent(s -> {
                sessions.close(s.id());
                LOG.info("{} signed out", s.user());
            });
            ctx.cookie(cookie(ctx, "", 0));
            ctx.redirect(SIGN_IN, io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private void signIn(Context ctx) {
        String user = Optional.ofNullable(ctx.formParam("user")).orElse("").trim();
        String next = safeNext(ctx.formParam("next"));
        lockout.check(user);
        Optional<Account> account = users.verify(user, Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (account.isEmpty()) {
            lockout.failed(user);
            LOG.warn("failed sign-in for '{}' from {}", user.replaceAll("[^a-z0-9._-]", "?"), ctx.ip());
            ctx.status(401).html(SignInPage.html(next, "wrong name or password (or the account is disabled)", user,
                    oidcLabel()));
            return;
        }
        lockout.succeeded(user);
        // A new session id at every sign-in: an id planted in the browser before it (session fixation) is dropped.
        sessions.close(AccessFilter.cookie(ctx.req()));
        Session session = sessions.open(user);
        ctx.cookie(cookie(ctx, session.id(), -1));
        LOG.info("{} signed in from {}", user, ctx.ip());
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The sign-in button's issuer, or null when only local accounts sign in. */
    private String oidcLabel() {
        return oidc == null ? null : oidc.label();
    }

    /** Only a path on this service: never another site (an open redirect) nor a protocol-relative {@code //host}. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith(SIGN_IN)) {
            return "/";
        }
        return next;
    }

    /**
     * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure
     * when the browser came over TLS, to this service or to a TLS proxy on this host that says so.
     */
    static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(Access.COOKIE, value, "/", maxAge, SecurityHeaders.behindTls(ctx.req()), true, null,
                SameSite.STRICT);
    }
}
