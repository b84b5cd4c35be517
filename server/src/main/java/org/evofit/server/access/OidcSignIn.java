package org.evofit.server.access;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evofit.server.Html;
import org.evofit.server.account.Account;
import org.evofit.server.account.UserStore;
import org.evofit.server.oidc.OidcClient;
import org.evofit.server.oidc.OidcIdentity;
import org.evofit.server.oidc.OidcRandom;
import org.evofit.server.oidc.OidcRefusal;
import org.evofit.server.oidc.Pkce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in through an OpenID Connect issuer ({@code /sign-in/oidc} and its callback). A sign-in starts here with a
 * new state, nonce and PKCE verifier, kept on this service and tied to the browser by a short-lived cookie; the
 * callback is accepted once, from that browser, within ten minutes. The person's account is found by the issuer and
 * subject, or made at the first sign-in with the configured default role; a name that another account holds is
 * never taken over (refused, saying so). The session then is exactly a local sign-in's: a new id, the same cookie.
 */
final class OidcSignIn {

    /** Where the sign-in button leads. */
    static final String START = SignInFeature.SIGN_IN + "/oidc";
    /** Where the issuer sends the browser back (the redirect URI registered at the issuer). */
    static final String CALLBACK = START + "/callback";
    /** How long a started sign-in may take at the issuer. */
    static final Duration PENDING = Duration.ofMinutes(10);

    private static final String COOKIE = "evofit_oidc";
    /** Started sign-ins kept at most: a flood of starts fills no memory. */
    private static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcClient client;
    private final UserStore users;
    private final Sessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(String nonce, Pkce pkce, String next, Instant started) {
    }

    OidcSignIn(OidcClient client, UserStore users, Sessions sessions, Clock clock) {
        this.client = client;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The button's label. */
    String label() {
        return client.options().label();
    }

    void configure(JavalinConfig config) {
        config.routes.get(START, this::start);
        config.routes.get(CALLBACK, this::callback);
    }

    private void start(Context ctx) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.started().plus(PENDING).isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "too many sign-ins are under way at the issuer; try again in a "
                    + "few minutes");
            return;
        }
        String state = OidcRandom.token(random);
        Pending started = new Pending(OidcRandom.token(random), Pkce.create(random),
                SignInFeature.safeNext(ctx.queryParam("next")), now);
        String url;
        try {
            url = client.authorizationUrl(state, started.nonce(), started.pkce()).toString();
        } catch (OidcRefusal e) {
            LOG.warn("sign-in through {} cannot start: {}", label(), e.getMessage());
            refuse(ctx, HttpStatus.BAD_GATEWAY, "sign-in through " + label() + " cannot start: " + e.getMessage());
            return;
        }
        pending.put(state, started);
        ctx.cookie(cookie(ctx, state, (int) PENDING.toSeconds()));
        ctx.redirect(url, HttpStatus.SEE_OTHER);
    }

    private void callback(Context ctx) {
        String state = ctx.queryParam("state");
        String mine = ctx.cookie(COOKIE);
        ctx.cookie(cookie(ctx, "", 0));
        // The state must be the one this browser started with: a callback address made for another browser (login
        // CSRF, a code injected from elsewhere) finds nothing here.
        Pending started = state != null && state.equals(mine) ? pending.remove(state) : null;
        if (started == null || started.started().plus(PENDING).isBefore(clock.instant())) {
            refuse(ctx, HttpStatus.BAD_REQUEST, "this sign-in was not started in this browser, was used already or took "
                    + "longer than " + PENDING.toMinutes() + " minutes: start again");
            return;
        }
        String error = ctx.queryParam("error");
        String code = ctx.queryParam("code");
        if (error != null || code == null || code.isBlank()) {
            refuse(ctx, HttpStatus.UNAUTHORIZED, "the issuer did not sign you in ("
                    + (error == null ? "no code came back" : error.replaceAll("[^A-Za-z0-9_.-]", "?")) + ")");
            return;
        }
        OidcIdentity identity;
        Account account;
        try {
            identity = client.signIn(code, started.pkce(), started.nonce());
            account = users.signInExternal(identity.identity(), identity.name(), client.options().defaultRole());
        } catch (OidcRefusal | IllegalStateException | IllegalArgumentException e) {
            // Only the reason, which never holds the code or a token.
            LOG.warn("refused sign-in through {} from {}: {}", label(), ctx.ip(), e.getMessage());
            refuse(ctx, HttpStatus.UNAUTHORIZED, e.getMessage());
            return;
        }
        if (account.disabled()) {
            LOG.warn("refused sign-in through {} of disabled account {}", label(), account.name());
            refuse(ctx, HttpStatus.FORBIDDEN, "the account " + account.name() + " is disabled on this service");
            return;
        }
        sessions.close(AccessFilter.cookie(ctx.req()));
        Session session = sessions.open(account.name());
        ctx.cookie(SignInFeature.cookie(ctx, session.id(), -1));
        LOG.info("{} signed in through {} from {}", account.name(), label(), ctx.ip());
        ctx.html(continuePage(account.name(), started.next()));
    }

    /**
     * The answer to the callback is a page that moves on by itself, not a redirect: the callback came from the
     * issuer's site, and a browser does not send a SameSite=Strict cookie along a redirect that started there.
     */
    private static String continuePage(String user, String next) {
        String target = Html.text(next);
        return Html.page("Signed in", "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\">"
                + "<h1>Signed in</h1><p id=\"signed-in-as\">Signed in as " + Html.text(user) + ".</p>"
                + "<p><a id=\"continue\" href=\"" + target + "\">Continue</a></p>");
    }

    private void refuse(Context ctx, HttpStatus status, String reason) {
        ctx.status(status).html(SignInPage.html("/", reason, "", label()));
    }

    /** Lax, not Strict: the issuer's redirect back is a navigation from its site, which must carry this cookie. */
    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(COOKIE, value, START, maxAge, SecurityHeaders.behindTls(ctx.req()), true, null, SameSite.LAX);
    }
}
