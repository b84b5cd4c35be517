package org.evofit.server.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A tiny OpenID Connect issuer on the loopback address, for tests: discovery, its JWKS, an authorization endpoint
 * that signs in {@link #person} at once and sends the browser back with a code, and a token endpoint that gives an
 * ID token (RS256, signed with its own key) only for a known code, the client's secret, the same redirect URI and
 * the PKCE verifier whose S256 is the code's challenge. A test changes the ID token's claims or signing key to
 * forge one.
 */
public final class TestIssuer implements AutoCloseable {

    /** The client this issuer knows. */
    public static final String CLIENT_ID = "evofit-test";
    /** Its secret. */
    public static final String CLIENT_SECRET = "s3cret-of-the-test-client";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    /** Every token request's outcome, in order: "issued" or the error sent. */
    public final List<String> tokenAnswers = new CopyOnWriteArrayList<>();
    /** Who signs in at the authorization endpoint: subject and preferred_username. */
    public volatile String[] person = {"sub-0001", "Alice.Example"};
    /** Changes the ID token's claims before it is signed (a test's forgery). */
    public volatile UnaryOperator<JWTClaimsSet.Builder> claims = UnaryOperator.identity();
    /** The key that signs ID tokens (a test's forgery puts another here). */
    public volatile RSAKey signer;

    /** The latest authorization request (what the service asked for). */
    public volatile Grant lastGrant;
    /** The latest token request's form. */
    public volatile Map<String, String> lastTokenRequest;

    /** What the authorization endpoint was asked, kept for the token request. */
    public record Grant(String clientId, String redirectUri, String challenge, String method, String nonce,
                        String subject, String username) {
    }

    private final String host;

    /** Starts the issuer on a free loopback port, named 127.0.0.1. */
    public TestIssuer() throws IOException, JOSEException {
        this("127.0.0.1");
    }

    /**
     * Starts the issuer on a free loopback port, named {@code host} in its URLs ({@code localhost} makes it another
     * site than a service at 127.0.0.1, as a real issuer is).
     */
    public TestIssuer(String host) throws IOException, JOSEException {
        this.host = host;
        key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
        signer = key;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(Discovery.PATH, this::discovery);
        server.createContext("/jwks", x -> answer(x, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    /** The issuer's URL (its ID tokens' iss). */
    public URI issuer() {
        return URI.create("http://" + host + ":" + server.getAddress().getPort());
    }

    /** A new 2048-bit RSA key with the issuer's key id: signs tokens that only look like the issuer's. */
    public static RSAKey forgedKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID("test-key-1").generate();
    }

    private void discovery(HttpExchange x) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer().toString());
        doc.put("authorization_endpoint", issuer() + "/authorize");
        doc.put("token_endpoint", issuer() + "/token");
        doc.put("jwks_uri", issuer() + "/jwks");
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        answer(x, 200, JSON.writeValueAsString(doc));
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        String[] who = person;
        lastGrant = new Grant(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"),
                q.get("code_challenge_method"), q.get("nonce"), who[0], who[1]);
        grants.put(code, lastGrant);
        x.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + enc(code) + "&state=" + enc(q.get("state")));
        x.sendResponseHeaders(302, -1);
        x.close();
    }


    private void token(HttpExchange x) throws IOException {
        Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastTokenRequest = f;
        Grant grant = grants.remove(f.getOrDefault("code", ""));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String refusal = refusal(f, grant, basic.equals(x.getRequestHeaders().getFirst("Authorization")));
        if (refusal != null) {
            tokenAnswers.add(refusal);
            answer(x, 400, JSON.writeValueAsString(Map.of("error", refusal.split(":")[0],
                    "error_description", refusal.substring(refusal.indexOf(':') + 1).strip())));
            return;
        }
        tokenAnswers.add("issued");
        answer(x, 200, JSON.writeValueAsString(Map.of("access_token", "at-" + UUID.randomUUID(), "token_type", "Bearer",
                "expires_in", 300, "id_token", idToken(grant))));
    }

    private static String refusal(Map<String, String> f, Grant grant, boolean clientAuthenticated) {
        if (!clientAuthenticated) {
            return "invalid_client: client authentication failed";
        }
        if (!"authorization_code".equals(f.get("grant_type")) || grant == null) {
            return "invalid_grant: unknown or used code";
        }
        if (!grant.redirectUri().equals(f.get("redirect_uri"))) {
            return "invalid_grant: redirect_uri differs from the authorization request's";
        }
        String verifier = f.get("code_verifier");
        if (verifier == null || !"S256".equals(grant.method())
                || !Pkce.challengeOf(verifier).equals(grant.challenge())) {
            return "invalid_grant: PKCE verification failed";
        }
        return null;
    }

    private String idToken(Grant grant) throws IOException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer().toString()).subject(grant.subject())
                .audience(grant.clientId()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce()).claim("preferred_username", grant.username());
        try {
            RSAKey with = signer;
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                    claims.apply(b).build());
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
