package org.evofit.server.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.evofit.server.OidcOptions;

/**
 * This service as a client of one OpenID Connect issuer, over {@link HttpClient}: reads the discovery document (once,
 * at the first sign-in, so a service starts while its issuer is down), builds the authorization request with PKCE,
 * exchanges a code for an ID token and verifies it ({@link IdTokens}). The issuer's keys are fetched again once when
 * a token names a key they lack (the issuer rotated its keys).
 */
public final class OidcClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 200;

    private final OidcOptions options;
    private final HttpClient http;
    private volatile Discovery discovery;
    private volatile JWKSet keys;

    /** A client of {@code options}' issuer. */
    public OidcClient(OidcOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The options this client signs in with. */
    public OidcOptions options() {
        return options;
    }

    /** Where to send the browser: the issuer's authorization endpoint asking for a code for this sign-in. */
    public URI authorizationUrl(String state, String nonce, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", options.clientId());
        query.put("redirect_uri", options.redirectUri().toString());
        query.put("scope", String.join(" ", options.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", Pkce.METHOD);
        URI endpoint = discovery().authorizationEndpoint();
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(endpoint + separator + form(query));
    }

    /**
     * The verified identity behind {@code code}: the code is exchanged with the sign-in's PKCE verifier (and the
     * client secret, if any) for an ID token, which must carry {@code nonce}. Anything refused is an OidcRefusal.
     */
    public OidcIdentity signIn(String code, Pkce pkce, String nonce) {
        String idToken = exchange(code, pkce);
        JWTClaimsSet claims = IdTokens.verify(idToken, keysFor(idToken), discovery().issuer().toString(),
                options.clientId(), nonce);
        return OidcIdentity.of(claims, options.nameClaim());
    }

    private String exchange(String code, Pkce pkce) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", options.redirectUri().toString());
        body.put("code_verifier", pkce.verifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(discovery().tokenEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (options.confidential()) {
            // client_secret_basic, the method every issuer must accept (OIDC Core 1.0, section 9).
            String pair = enc(options.clientId()) + ":" + enc(options.clientSecret());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", options.clientId());
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                "token endpoint");
        JsonNode answer = json(response.body(), "token endpoint");
        if (response.statusCode() != 200) {
            throw new OidcRefusal("the issuer refused the sign-in code (HTTP " + response.statusCode() + "): "
                    + shown(answer.path("error").asText("no error given")) + shownDescription(answer));
        }
        String idToken = answer.path("id_token").asText("");
        if (idToken.isEmpty()) {
            throw new OidcRefusal("the issuer's token answer holds no ID token (is openid among --oidc-scopes?)");
        }
        return idToken;
    }

    private JWKSet keysFor(String idToken) {
        JWKSet known = keys;
        String kid = keyId(idToken);
        if (known == null || kid != null && known.getKeyByKeyId(kid) == null) {
            known = fetchKeys();
            keys = known;
        }
        return known;
    }

    private static String keyId(String idToken) {
        try {
            JWSHeader header = SignedJWT.parse(idToken).getHeader();
            return header.getKeyID();
        } catch (ParseException | ClassCastException e) {
            throw new OidcRefusal("the issuer's ID token is not a signed JWT");
        }
    }

    private JWKSet fetchKeys() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(discovery().jwksUri()).timeout(TIMEOUT).GET().build(),
                "key set (jwks_uri)");
        try {
            return JWKSet.parse(response.body());
        } catch (ParseException e) {
            throw new OidcRefusal("the issuer's key set (jwks_uri) is not a JWK set: " + shown(e.getMessage()));
        }
    }

    private Discovery discovery() {
        Discovery known = discovery;
        if (known == null) {
            URI address = Discovery.of(options.issuer());
            HttpResponse<String> response = send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(),
                    "discovery document");
            known = Discovery.read(json(response.body(), "discovery document"), options.issuer());
            discovery = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && !what.startsWith("token")) {
                throw new OidcRefusal("the issuer's " + what + " at " + request.uri() + " answered HTTP "
                        + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new OidcRefusal("the issuer's " + what + " at " + request.uri() + " cannot be reached ("
                    + shown(String.valueOf(e.getMessage())) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal("the sign-in was interrupted while asking the issuer", e);
        }
    }

    private static JsonNode json(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new OidcRefusal("the issuer's " + what + " is not JSON");
        }
    }

    private static String shownDescription(JsonNode answer) {
        String description = answer.path("error_description").asText("");
        return description.isEmpty() ? "" : " (" + shown(description) + ")";
    }

    /** Words from the issuer as shown on a page and in the log: printable, short. */
    private static String shown(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > MAX_REASON ? printable.substring(0, MAX_REASON) + "..." : printable;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
