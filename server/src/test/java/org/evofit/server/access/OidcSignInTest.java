package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.evofit.server.AuthOptions;
import org.evofit.server.EvofitServer;
import org.evofit.server.OidcOptions;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.UploadLimits;
import org.evofit.server.account.Account;
import org.evofit.server.account.ExternalIdentity;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.app.Service;
import org.evofit.server.limits.AuditLog;
import org.evofit.server.limits.AuditRecord;
import org.evofit.server.oidc.Pkce;
import org.evofit.server.oidc.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in through an OpenID Connect issuer that the test runs on the loopback address ({@link TestIssuer}): the
 * whole authorization-code flow with PKCE as a browser goes through it, and every token or callback that must be
 * refused is refused, with its reason on the page, no session and no account made.
 */
class OidcSignInTest {

    @TempDir
    Path data;

    private TestIssuer issuer;
    private EvofitServer server;
    private UserStore users;

    @BeforeEach
    void start() throws Exception {
        issuer = new TestIssuer();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        users = new UserStore(data.resolve("service"), Clock.systemUTC());
        users.add("admin", Role.ADMIN, "correct horse battery");
        OidcOptions oidc = new OidcOptions(issuer.issuer(), TestIssuer.CLIENT_ID, TestIssuer.CLIENT_SECRET,
                URI.create("http://127.0.0.1:" + port + OidcSignIn.CALLBACK), null, Role.GUEST, "Test Issuer", null);
        server = Service.start(new ServerOptions("127.0.0.1", port, data, null, 1, UploadLimits.defaults(),
                RunOptions.defaults(), new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)).withOidc(oidc)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        issuer.close();
    }

    @Test
    void aPersonTheIssuerVouchesForGetsAGuestAccountAndASessionAsALocalSignIn() throws Exception {
        Browser browser = new Browser();
        String page = browser.get("/sign-in?next=/projects").body();
        assertThat(page).contains("<a id=\"sign-in-oidc\" class=\"button\" href=\"/sign-in/oidc?next=%2Fprojects\">"
                + "Sign in with Test Issuer</a>");

        HttpResponse<String> done = browser.signIn("/projects");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Signed in as alice.example").contains("url=/projects");
        String cookie = done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Access.COOKIE + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(browser.get("/api/projects").statusCode()).isEqualTo(200);

        Account made = users.find("alice.example").orElseThrow();
        assertThat(made.role()).isEqualTo(Role.GUEST);
        assertThat(made.identity()).isEqualTo(new ExternalIdentity(issuer.issuer().toString(), "sub-0001"));
        assertThat(users.verify("alice.example", "")).as("no password signs in to it").isEmpty();
        assertThat(lastAudited()).extracting(AuditRecord::event, AuditRecord::user, AuditRecord::status,
                AuditRecord::path, AuditRecord::detail).containsExactly("sign-in", "alice.example", 200,
                OidcSignIn.CALLBACK, "through " + issuer.issuer());

        // PKCE S256: the request carried only the challenge; the token request the verifier it was made from.
        TestIssuer.Grant grant = issuer.lastGrant;
        assertThat(grant.method()).isEqualTo("S256");
        String verifier = issuer.lastTokenRequest.get("code_verifier");
        assertThat(verifier).hasSize(43).isNotEqualTo(grant.challenge());
        assertThat(Pkce.challengeOf(verifier)).isEqualTo(grant.challenge());
        assertThat(grant.nonce()).hasSize(43);
        assertThat(issuer.lastTokenRequest).doesNotContainKey("client_secret");

        // The same person again, renamed at the issuer: the same account (found by issuer and subject), a new session.
        issuer.person = new String[] {"sub-0001", "alice.renamed"};
        Browser later = new Browser();
        assertThat(later.signIn("/").statusCode()).isEqualTo(200);
        assertThat(later.get("/sign-in").body()).contains("Signed in as alice.example");
        assertThat(users.list()).extracting(Account::name).containsExactly("admin", "alice.example");
    }

    @Test
    void aTokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused() throws Exception {
        issuer.signer = TestIssuer.forgedKey();
        refused("signature", "not signed with a key the issuer publishes");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        forge(b -> b.issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))));
        refused("Expired JWT", "expiry time has passed");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        forge(b -> b.audience(List.of("another-client")));
        refused("JWT aud claim rejected", "issued for another client");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        forge(b -> b.issuer("https://issuer.example.org"));
        refused("iss claim", "another issuer");
    }

    @Test
    void aTokenWithAnotherSignInsNonceIsRefused() throws Exception {
        forge(b -> b.claim("nonce", "a-nonce-of-another-sign-in"));
        refused("nonce", "not issued for this sign-in");
    }

    @Test
    void aCodeRedeemedWithAnotherSignInsPkceVerifierIsRefused() throws Exception {
        // The victim's browser gets a code; the attacker's browser, with a sign-in of its own, brings that code back.
        Browser victim = new Browser();
        URI victimsCallback = victim.toCallback("/");
        Browser attacker = new Browser();
        URI attackersCallback = attacker.toCallback("/");
        String victimsCode = query(victimsCallback, "code");
        URI injected = URI.create(attackersCallback.toString().replaceFirst("code=[^&]*", "code=" + victimsCode));

        HttpResponse<String> r = attacker.send(HttpRequest.newBuilder(injected).GET());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("the issuer refused the sign-in code").contains("invalid_grant")
                .contains("PKCE verification failed");
        assertThat(issuer.tokenAnswers).containsExactly("invalid_grant: PKCE verification failed");
        assertThat(attacker.get("/api/projects").statusCode()).isEqualTo(401);
    }

    @Test
    void aCallbackNotStartedInThisBrowserOrUsedTwiceIsRefused() throws Exception {
        Browser browser = new Browser();
        URI callback = browser.toCallback("/");
        HttpResponse<String> elsewhere = new Browser().send(HttpRequest.newBuilder(callback).GET());
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("not started in this browser");
        assertThat(lastAudited().event()).isEqualTo("sign-in-failure");
        assertThat(lastAudited().detail()).contains("its state does not match");
        assertThat(issuer.tokenAnswers).as("nothing was redeemed").isEmpty();

        assertThat(browser.send(HttpRequest.newBuilder(callback).GET()).statusCode()).isEqualTo(200);
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(callback).GET());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("used already");
    }

    @Test
    void aLocalAccountOfTheSameNameIsNeverTakenOver() throws Exception {
        issuer.person = new String[] {"sub-0002", "admin"};
        refusedWith(401, "the name admin belongs to another account of this service");
        Account admin = users.find("admin").orElseThrow();
        assertThat(admin.identity()).isNull();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(users.verify("admin", "correct horse battery")).isPresent();
    }

    @Test
    void aLocalAccountLinksItsIdentityAndSigningInThroughTheIssuerThenEntersIt() throws Exception {
        Browser local = new Browser();
        HttpResponse<String> linked = local.link("admin", "correct horse battery");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(linked.body()).contains("linked to admin").contains("url=/account");
        assertThat(users.find("admin").orElseThrow().identity())
                .isEqualTo(new ExternalIdentity(issuer.issuer().toString(), "sub-0001"));
        assertThat(lastAudited()).extracting(AuditRecord::event, AuditRecord::user, AuditRecord::detail)
                .containsExactly("link", "admin", "identity at " + issuer.issuer());
        assertThat(local.get(AccountFeature.ACCOUNT).body()).contains("id=\"linked\"");

        Browser later = new Browser();
        assertThat(later.signIn("/").statusCode()).isEqualTo(200);
        assertThat(later.get("/sign-in").body()).contains("Signed in as admin");
        assertThat(users.list()).extracting(Account::name).containsExactly("admin");

        // An identity another account holds is never moved to this one.
        users.add("bob", Role.MEMBER, "bob's good password");
        HttpResponse<String> taken = new Browser().link("bob", "bob's good password");
        assertThat(taken.statusCode()).isEqualTo(401);
        assertThat(taken.body()).contains("is linked to another account of this service already");
        assertThat(users.find("bob").orElseThrow().identity()).isNull();
        assertThat(lastAudited()).extracting(AuditRecord::event, AuditRecord::user).containsExactly("link-failure", "bob");
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        assertThat(new Browser().signIn("/").statusCode()).isEqualTo(200);
        users.disable("alice.example");
        refusedWith(403, "the account alice.example is disabled");
    }

    private void forge(UnaryOperator<JWTClaimsSet.Builder> how) {
        issuer.claims = how;
    }

    private void refused(String... reasons) throws IOException, InterruptedException {
        HttpResponse<String> r = refusedWith(401, "the issuer&#39;s ID token was refused");
        assertThat(r.body()).contains(reasons);
        assertThat(users.list()).extracting(Account::name).containsExactly("admin");
        AuditRecord audited = lastAudited();
        assertThat(audited.event()).isEqualTo("sign-in-failure");
        assertThat(audited.status()).isEqualTo(401);
        assertThat(audited.detail()).startsWith("the issuer's ID token was refused").contains(reasons);
    }

    private AuditRecord lastAudited() {
        List<AuditRecord> last = new AuditLog(data.resolve("service")).last(1);
        assertThat(last).as("the audit log").hasSize(1);
        return last.get(0);
    }

    private HttpResponse<String> refusedWith(int status, String reason) throws IOException, InterruptedException {
        Browser browser = new Browser();
        HttpResponse<String> r = browser.signIn("/");
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.body()).contains("id=\"sign-in-problem\"").contains(reason)
                .doesNotContain(query(browser.callback, "code")).doesNotContain("eyJ");
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Access.COOKIE + "=") && c.length() > 30);
        assertThat(browser.get("/api/projects").statusCode()).isEqualTo(401);
        return r;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(uri + " has no " + name);
    }

    /** A browser: keeps its cookies, follows no redirect by itself (each step is seen). */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        URI callback;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(server.url().resolve(path)).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Clicks "Sign in with" and goes through the issuer up to the callback's address (not yet visited). */
        URI toCallback(String next) throws IOException, InterruptedException {
            HttpResponse<String> start = get(OidcSignIn.START + "?next=" + next);
            assertThat(start.statusCode()).isEqualTo(303);
            URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
            assertThat(authorize.toString()).startsWith(issuer.issuer() + "/authorize?response_type=code&client_id=")
                    .contains("&code_challenge_method=S256");
            HttpResponse<String> back = send(HttpRequest.newBuilder(authorize).GET());
            assertThat(back.statusCode()).isEqualTo(302);
            callback = URI.create(back.headers().firstValue("Location").orElseThrow());
            return callback;
        }

        /**
         * Signs in locally as {@code user}, then presses "Link with" on the account page and goes through the issuer:
         * the callback's answer.
         */
        HttpResponse<String> link(String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(server.url().resolve(SignInFeature.SIGN_IN))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                            .ofString("user=" + user + "&password=" + enc(password) + "&next=/account")));
            assertThat(signedIn.statusCode()).isEqualTo(303);
            String page = get(AccountFeature.ACCOUNT).body();
            assertThat(page).contains("<button type=\"submit\" id=\"link\">Link with Test Issuer</button>");
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> start = send(HttpRequest.newBuilder(server.url().resolve(OidcSignIn.LINK))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf.group(1)))));
            assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
            HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(start.headers().firstValue("Location")
                    .orElseThrow())).GET());
            assertThat(back.statusCode()).isEqualTo(302);
            callback = URI.create(back.headers().firstValue("Location").orElseThrow());
            return send(HttpRequest.newBuilder(callback).GET());
        }

        /** The whole sign-in: the callback's answer. */
        HttpResponse<String> signIn(String next) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(toCallback(next)).GET());
        }
    }
}
