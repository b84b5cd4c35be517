package org.evofit.server.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.evofit.server.account.Account;
import org.evofit.server.account.ApiToken;
import org.evofit.server.account.UserStore;

/**
 * API tokens as requests carry them: {@code Authorization: Bearer TOKEN} for the API and scripts, and for git
 * over HTTP (which speaks only Basic) {@code Authorization: Basic} with the account's name and a token as the
 * password. Basic is taken on git URLs only: a browser sends Basic credentials it remembers with any request,
 * cross-site ones too, and only git needs it. A token in an address is refused: addresses end up in logs, in
 * browser history and in Referer headers.
 */
final class TokenCredentials {

    /** Query parameters that commonly carry a credential. */
    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("access_token", "token", "api_token", "api_key",
            "apikey", "bearer", "key");
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(ApiToken.PREFIX) + "[A-Za-z0-9_-]{20,}");

    private TokenCredentials() {
    }

    /** Why {@code query} (a raw query string, or null) is refused, or null when it holds no credential. */
    static String refusalOfQuery(String query) {
        if (query == null) {
            return null;
        }
        boolean named = false;
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            named |= CREDENTIAL_PARAMETERS.contains(name);
        }
        if (!named && !TOKEN.matcher(query).find()) {
            return null;
        }
        return "an API token is refused in the address (the query string): addresses are written to server and proxy "
                + "logs, browser history and Referer headers, where anyone who reads them could use it. Send it in a "
                + "header instead: Authorization: Bearer TOKEN (and revoke this one on your account page, /account)";
    }

    /**
     * The enabled account {@code authorization} (an Authorization header) names with one of its tokens: a Bearer
     * token anywhere, Basic name and token on git URLs ({@code gitPath}); empty for anything else.
     */
    static Optional<Account> account(String authorization, boolean gitPath, UserStore users) {
        String[] scheme = authorization.strip().split("\\s+", 2);
        if (scheme.length < 2) {
            return Optional.empty();
        }
        if (scheme[0].equalsIgnoreCase("Bearer")) {
            return users.byToken(scheme[1].strip());
        }
        if (scheme[0].equalsIgnoreCase("Basic") && gitPath) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(scheme[1].strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = pair.indexOf(':');
            String name = colon < 0 ? "" : pair.substring(0, colon);
            return colon < 0 ? Optional.empty()
                    : users.byToken(pair.substring(colon + 1)).filter(a -> a.name().equals(name));
        }
        return Optional.empty();
    }
}
