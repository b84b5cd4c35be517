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
import org.evofit.server.AuditNote;
import org.evofit.server.Html;
import org.evofit.server.ServiceException;
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
 * A signed-in local account links its identity at the issuer the same way ({@code POST /account/link}, with its
 * CSRF token): the callback then ties the identity to the account that started it, and signing in through the
 * issuer enters that account afterwards. Every outcome of a callback goes into the audit log with its reason
 * ({@link AuditNote}): a sign-in or link, or its refusal (a forged, expired or foreign token, a state that does not
 * match).
 */
final class OidcSignIn {

    /** Where the sign-in button leads. */
    static final String START = SignInFeature.SIGN_IN + "/oidc";
    /** Where the issuer sends the browser back (the redirect URI registered at the issuer). */
    static final String CALLBACK = START + "/callback";
    /** How long a started sign-in may take at the issuer. */
    static final Duration PENDING = Duration.ofMinutes(10);
    /** Where a signed-in account starts linking its identity at the issuer. */
    static final String LINK = AccountFeature.ACCOUNT + "/link";

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

    /** A sign-in under way at the issuer; {@code link} is the account it links, or null for a sign-in. */
    private record Pending(String nonce, Pkce pkce, String next, Instant started, String link) {
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
        config.routes.post(LINK, this::startLink);
    }

    private void start(Context ctx) {
        begin(ctx, SignInFeature.safeNext(ctx.queryParam("next")), null);
    }

    private void startLink(Context ctx) {
        String user = Access.requester(ctx).user();
        if (user == null) {
            throw ServiceException.badInput("sign in with your account first: linking ties your identity at " + label()
                    + " to the account you are signed in as", null);
        }
        begin(ctx, AccountFeature.ACCOUNT, user);
    }

    /** Sends the browser to the issuer, to come back to {@code next}, linking account {@code link} (or null). */
    private void begin(Context ctx, String next, String link) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.started().plus(PENDING).isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "too many sign-ins are under way at the issuer; try again in a "
                    + "few minutes");
            return;
        }
        String state = OidcRandom.token(random);
        Pending started = new Pending(OidcRandom.token(random), Pkce.create(random), next, now, link);
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
            refuse(ctx, null, HttpStatus.BAD_REQUEST, "this sign-in was not started in this browser (its state does "
                    + "not match), was used already or took longer than " + PENDING.toMinutes() + " minutes: start again");
            return;
        }
        String error = ctx.queryParam("error");
        String code = ctx.queryParam("code");
        if (error != null || code == null || code.isBlank()) {
            refuse(ctx, started, HttpStatus.UNAUTHORIZED, "the issuer did not sign you in ("
                    + (error == null ? "no code came back" : error.replaceAll("[^A-Za-z0-9_.-]", "?")) + ")");
            return;
        }
        OidcIdentity identity;
        Account account;
        try {
            identity = client.signIn(code, started.pkce(), started.nonce());
            account = started.link() != null ? users.link(started.link(), identity.identity())
                    : users.signInExternal(identity.identity(), identity.name(), client.options().defaultRole());
        } catch (OidcRefusal | IllegalStateException | IllegalArgumentException e) {
            // Only the reason, which never holds the code or a token.
            LOG.warn("refused {} through {} from {}: {}", started.link() == null ? "sign-in" : "link", label(), ctx.ip(),
                    e.getMessage());
            refuse(ctx, started, HttpStatus.UNAUTHORIZED, e.getMessage());
            return;
        }
        if (account.disabled()) {
            LOG.warn("refused sign-in through {} of disabled account {}", label(), account.name());
            refuse(ctx, started, HttpStatus.FORBIDDEN, "the account " + account.name() + " is disabled on this service");
            return;
        }
        if (started.link() != null) {
            LOG.info("{} linked their identity at {} from {}", account.name(), label(), ctx.ip());
            AuditNote.set(ctx, new AuditNote("link", account.name(), "identity at " + identity.identity().issuer()));
            ctx.html(continuePage("Linked", "Your identity at " + label() + " is linked to " + account.name()
                    + ": signing in through it enters this account.", started.next()));
            return;
        }
        sessions.close(AccessFilter.cookie(ctx.req()));
        Session session = sessions.open(account.name());
        ctx.cookie(SignInFeature.cookie(ctx, session.id(), -1));
        LOG.info("{} signed in through {} from {}", account.name(), label(), ctx.ip());
        AuditNote.set(ctx, new AuditNote("sign-in", account.name(), "through " + identity.identity().issuer()));
        ctx.html(continuePage("Signed in", "Signed in as " + account.name() + ".", started.next()));
    }

    /**
     * The answer to the callback is a page that moves on by itself, not a redirect: the callback came from the
     * issuer's site, and a browser does not send a SameSite=Strict cookie along a redirect that started there.
     */
    private static String continuePage(String heading, String said, String next) {
        String target = Html.text(next);
        return Html.page(heading, "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\">"
                + "<h1>" + Html.text(heading) + "</h1><p id=\"signed-in-as\">" + Html.text(said) + "</p>"
                + "<p><a id=\"continue\" href=\"" + target + "\">Continue</a></p>");
    }

    /** Refuses the callback of {@code started} (null: of no sign-in this browser started), audited with why. */
    private void refuse(Context ctx, Pending started, HttpStatus status, String reason) {
        boolean link = started != null && started.link() != null;
        AuditNote.set(ctx, new AuditNote(link ? "link-failure" : "sign-in-failure", link ? started.link() : null, reason));
        refuse(ctx, status, reason);
    }

    private void refuse(Context ctx, HttpStatus status, String reason) {
        ctx.status(status).html(SignInPage.html("/", reason, "", label()));
    }

    /** Lax, not Strict: the issuer's redirect back is a navigation from its site, which must carry this cookie. */
    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(COOKIE, value, START, maxAge, SecurityHeaders.behindTls(ctx.req()), true, null, SameSite.LAX);
    }
}
