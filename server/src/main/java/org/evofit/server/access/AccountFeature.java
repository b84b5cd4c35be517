package org.evofit.server.access;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.account.Account;
import org.evofit.server.account.ApiToken;
import org.evofit.server.account.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in user's page ({@code /account}): their role, whether they may upload model scripts, and their API
 * tokens, made there (shown once, kept only as a hash) and revoked there; and the same through the API
 * ({@code /api/account/tokens}). A token is only ever its owner's: another user's token id is one that does not
 * exist (404). A token's secret is never logged, only its id.
 */
public final class AccountFeature implements ServerFeature {

    /** The user's page. */
    public static final String ACCOUNT = "/account";

    private static final Logger LOG = LoggerFactory.getLogger(AccountFeature.class);

    private final UserStore users;
    private final String issuerLabel;

    /**
     * The account pages of the accounts of {@code users}; {@code issuerLabel} names the OpenID Connect issuer an
     * account may link its identity at, or is null for a service without one.
     */
    public AccountFeature(UserStore users, String issuerLabel) {
        this.users = users;
        this.issuerLabel = issuerLabel;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get(ACCOUNT, ctx -> ctx.html(AccountPage.html(account(ctx), null, issuerLabel)));
        config.routes.post(ACCOUNT + "/tokens", ctx -> {
            UserStore.NewToken made = create(ctx);
            ctx.html(AccountPage.html(account(ctx), made, issuerLabel));
        });
        config.routes.post(ACCOUNT + "/tokens/{token}/revoke", ctx -> {
            revoke(ctx);
            ctx.redirect(ACCOUNT, io.javalin.http.HttpStatus.SEE_OTHER);
        });
        config.routes.get("/api/account/tokens", ctx -> ctx.json(account(ctx).tokens().stream().map(AccountFeature::shown).toList()));
        config.routes.post("/api/account/tokens", ctx -> {
            UserStore.NewToken made = create(ctx);
            Map<String, Object> out = shown(made.token());
            out.put("token", made.secret());
            ctx.status(201).json(out);
        });
        config.routes.delete("/api/account/tokens/{token}", ctx -> {
            revoke(ctx);
            ctx.status(204);
        });
    }

    /** The requester's account; without one (the single user of a service without sign-in) there is nothing here. */
    private Account account(Context ctx) {
        String user = Access.requester(ctx).user();
        if (user == null) {
            throw ServiceException.badInput("sign in first: API tokens belong to an account (" + SignInFeature.SIGN_IN
                    + "); a service without required sign-in on the loopback address needs none", null);
        }
        return users.find(user).orElseThrow(() -> ServiceException.notFound("no account " + user));
    }

    private UserStore.NewToken create(Context ctx) {
        Account account = account(ctx);
        String label = ctx.formParam("label");
        if (label == null && ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            Object given = ctx.bodyAsClass(Map.class).get("label");
            label = given == null ? null : String.valueOf(given);
        }
        try {
            UserStore.NewToken made = users.createToken(account.name(), label);
            LOG.info("{} made API token {} ({})", account.name(), made.token().id(), made.token().label());
            return made;
        } catch (IllegalArgumentException e) {
            throw ServiceException.badInput(e.getMessage(), null);
        }
    }

    private void revoke(Context ctx) {
        Account account = account(ctx);
        String id = ctx.pathParam("token");
        if (account.tokens().stream().noneMatch(t -> t.id().equals(id))) {
            throw ServiceException.notFound("no API token " + id);
        }
        users.revokeToken(account.name(), id);
        LOG.info("{} revoked API token {}", account.name(), id);
    }

    private static Map<String, Object> shown(ApiToken token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", token.id());
        out.put("label", token.label());
        out.put("created", token.created().toString());
        return out;
    }

    /** The tokens of {@code account} as the page lists them (never their hashes). */
    static List<Map<String, Object>> listed(Account account) {
        return account.tokens().stream().map(AccountFeature::shown).toList();
    }
}
