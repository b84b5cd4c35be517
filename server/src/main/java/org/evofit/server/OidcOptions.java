package org.evofit.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.evofit.server.account.Role;

/**
 * Sign-in with an OpenID Connect identity provider (authorization-code flow with PKCE), for any issuer.
 *
 * @param issuer       the issuer's URL exactly as its ID tokens state it; its discovery document is
 *                     {@code ISSUER/.well-known/openid-configuration}
 * @param clientId     this service's client id at the issuer (the ID tokens' audience)
 * @param clientSecret the client secret, read from a file or the environment (never the command line), or null for
 *                     a public client; {@link #toString()} never shows it
 * @param redirectUri  where the issuer sends the browser back: this service's {@code /sign-in/oidc/callback} as the
 *                     browser reaches it (behind a proxy, the proxy's https address), registered at the issuer
 * @param scopes       the scopes asked for; {@code openid} is always among them
 * @param defaultRole  the role of an account made at its first sign-in (guest unless configured)
 * @param label        the name on the sign-in button ("Sign in with LABEL")
 * @param nameClaim    the ID token's claim that names the account ({@code preferred_username}; then the e-mail's
 *                     local part; then a name made from the subject)
 */
public record OidcOptions(URI issuer, String clientId, String clientSecret, URI redirectUri, List<String> scopes,
                          Role defaultRole, String label, String nameClaim) {

    /** The scopes asked for by default. */
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email");
    /** The claim naming an account by default. */
    public static final String DEFAULT_NAME_CLAIM = "preferred_username";

    /** Checks the values; a wrong one is an IllegalArgumentException naming the option. */
    public OidcOptions {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(defaultRole, "defaultRole");
        checkTransport("--oidc-issuer", issuer);
        checkTransport("--oidc-redirect-uri", redirectUri);
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("--oidc-client-id must name this service's client at the issuer");
        }
        if (clientSecret != null && clientSecret.isBlank()) {
            throw new IllegalArgumentException("the OIDC client secret is empty: the file or EVOFIT_OIDC_CLIENT_SECRET "
                    + "must hold it (or give neither, for a public client)");
        }
        if (defaultRole == Role.ADMIN) {
            throw new IllegalArgumentException("--oidc-default-role admin would make everyone the issuer knows an "
                    + "admin of this service; use guest or member (an admin can change one account's role)");
        }
        scopes = scopes == null || scopes.isEmpty() ? DEFAULT_SCOPES : List.copyOf(scopes);
        if (!scopes.contains("openid")) {
            throw new IllegalArgumentException("--oidc-scopes must include openid, got " + String.join(" ", scopes));
        }
        label = label == null || label.isBlank() ? issuer.getHost() : label.strip();
        nameClaim = nameClaim == null || nameClaim.isBlank() ? DEFAULT_NAME_CLAIM : nameClaim.strip();
    }

    /**
     * Only https, or plain http to this host's loopback address (a test issuer, or a proxy on this host): tokens and
     * codes must not cross a network in the clear.
     */
    private static void checkTransport(String option, URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " " + uri + " must be an absolute https URL");
        }
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || !loopback(uri.getHost())) {
            throw new IllegalArgumentException(option + " " + uri + " must be an https URL (plain http only to the "
                    + "loopback address): sign-in codes and tokens must not cross a network in the clear");
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether a client secret authenticates this service at the token endpoint. */
    public boolean confidential() {
        return clientSecret != null;
    }

    /** Everything but the secret, which is never shown. */
    @Override
    public String toString() {
        return "OidcOptions[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "(hidden)") + ", redirectUri=" + redirectUri + ", scopes=" + scopes
                + ", defaultRole=" + defaultRole.key() + ", label=" + label + ", nameClaim=" + nameClaim + "]";
    }
}
