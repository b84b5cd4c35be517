package org.evofit.server.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * What an issuer's discovery document ({@code ISSUER/.well-known/openid-configuration}) says this service needs.
 *
 * @param issuer                the issuer, which must be the one configured (OIDC Discovery 1.0, section 4.3)
 * @param authorizationEndpoint where the browser is sent to sign in
 * @param tokenEndpoint         where this service exchanges a code for tokens
 * @param jwksUri               the issuer's public keys
 */
public record Discovery(URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {

    /** The path of the discovery document below the issuer's URL. */
    public static final String PATH = "/.well-known/openid-configuration";

    /** The discovery document's address for {@code issuer}. */
    public static URI of(URI issuer) {
        String base = issuer.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH);
    }

    /**
     * Reads {@code document}, fetched for {@code expected}: a different issuer, a missing endpoint or an issuer that
     * does not offer PKCE's S256 is an OidcRefusal saying which.
     */
    public static Discovery read(JsonNode document, URI expected) {
        URI issuer = uri(document, "issuer");
        if (!issuer.toString().equals(expected.toString())) {
            throw new OidcRefusal("the discovery document of " + expected + " names another issuer, " + issuer
                    + " (configure --oidc-issuer exactly as the issuer states itself)");
        }
        JsonNode methods = document.path("code_challenge_methods_supported");
        if (methods.isArray() && !methods.toString().contains("\"" + Pkce.METHOD + "\"")) {
            throw new OidcRefusal("the issuer " + expected + " does not offer PKCE with S256 "
                    + "(code_challenge_methods_supported: " + methods + "), which this service requires");
        }
        return new Discovery(issuer, uri(document, "authorization_endpoint"), uri(document, "token_endpoint"),
                uri(document, "jwks_uri"));
    }

    private static URI uri(JsonNode document, String key) {
        String value = document.path(key).asText("");
        if (value.isBlank()) {
            throw new OidcRefusal("the issuer's discovery document has no " + key);
        }
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new OidcRefusal("the issuer's discovery document's " + key + " is not a URL", e);
        }
    }
}
