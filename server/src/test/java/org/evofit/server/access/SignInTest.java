package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.evofit.server.AuthOptions;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.UploadLimits;
import org.evofit.server.RunOptions;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evofit serve with --auth required: nothing but the sign-in page without a session (pages, API and git URLs),
 * hardened session cookies with a new id at every sign-in, CSRF tokens on every change a session makes, and a
 * name locked after repeated failures.
 */
class SignInTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path data;

    private EvofitServer server;

    private Browserless start(AuthOptions.Mode mode, int maxFailures) {
        UserStore users = new UserStore(data.resolve("service"), Clock.systemUTC());
        users.add("alice", Role.MEMBER, PASSWORD);
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1, UploadLimits.defaults(),
                RunOptions.defaults(), new AuthOptions(mode, maxFailures, Duration.ofMinutes(15))));
        return new Browserless(server.url());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutASessionOnlyTheSignInPageAndTheDescriptionAreServed() throws Exception {
        Browserless anonymous = start(AuthOptions.Mode.REQUIRED, 5);

        HttpResponse<String> page = anonymous.get("/projects/p?x=1");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fprojects%2Fp%3Fx%3D1");
        HttpResponse<String> api = anonymous.get("/api/projects");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"message\":\"sign in first").contains("requestId");
        HttpResponse<String> git = anonymous.get("/projects/p.git/info/refs?service=git-upload-pack");
        assertThat(git.statusCode()).isEqualTo(401);
        assertThat(git.body()).contains("requires signing in");
        HttpResponse<String> create = anonymous.postForm("/projects", "name=p");
        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(data.resolve("projects/p")).doesNotExist();

        assertThat(anonymous.get("/api/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/openapi.json").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/static/evofit.css").statusCode()).isEqualTo(200);
        HttpResponse<String> signIn = anonymous.get("/sign-in?next=/projects/p");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("<form id=\"sign-in\"").contains("value=\"/projects/p\"");
    }

    @Test
    void signingInSetsAHardenedCookieWithANewIdAndAPlantedIdNeverSignsIn() throws Exception {
        Browserless browser = start(AuthOptions.Mode.REQUIRED, 5);
        browser.session = "planted-by-an-attacker";
        assertThat(browser.get("/api/projects").statusCode()).isEqualTo(401);

        HttpResponse<String> first = browser.signIn("alice", PASSWORD);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).hasValue("/api/projects");
        String cookie = Browserless.setCookie(first);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure");
        assertThat(browser.session).isNotEqualTo("planted-by-an-attacker").hasSizeGreaterThanOrEqualTo(43);
        assertThat(browser.get("/api/projects").statusCode()).isEqualTo(200);

        String before = browser.session;
        HttpResponse<String> again = browser.signIn("alice", PASSWORD, "X-Forwarded-Proto", "https");
        assertThat(Browserless.setCookie(again)).contains("Secure");
        assertThat(browser.session).isNotEqualTo(before);
        Browserless stale = new Browserless(server.url());
        stale.session = before;
        assertThat(stale.get("/api/projects").statusCode()).as("the replaced session is over").isEqualTo(401);

        String token = browser.token();
        HttpResponse<String> out = browser.postForm(SignInFeature.SIGN_OUT, "csrf=" + token);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(browser.get("/api/projects").statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefusedSayingWhy() throws Exception {
        Browserless browser = start(AuthOptions.Mode.REQUIRED, 5);
        browser.signIn("alice", PASSWORD);
        String page = browser.get("/").body();
        String token = browser.token();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(page).contains("<form id=\"create-project\" method=\"post\" action=\"/projects\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + token + "\">");

        HttpResponse<String> bare = browser.postForm("/projects", "name=p1");
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.body()).contains("carries no CSRF token");
        HttpResponse<String> wrong = browser.postForm("/projects", "name=p1&csrf=" + token.substring(1) + "x");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("not its session");
        HttpResponse<String> json = browser.send(browser.request("/api/projects").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"p2\"}")));
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.body()).contains("\"message\":\"the request carries no CSRF token");
        assertThat(data.resolve("projects/alice~p1")).doesNotExist();
        assertThat(data.resolve("projects/alice~p2")).doesNotExist();

        assertThat(browser.postForm("/projects", "name=p1&csrf=" + token).statusCode()).isEqualTo(302);
        assertThat(browser.send(browser.request("/api/projects").header("Content-Type", "application/json")
                .header(Csrf.HEADER, token).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"p2\"}")))
                .statusCode()).isEqualTo(201);
        assertThat(data.resolve("projects/alice~p1")).isDirectory();
        assertThat(data.resolve("projects/alice~p2")).isDirectory();
    }

    @Test
    void repeatedFailuresLockTheNameWithAClearMessageEvenForTheRightPassword() throws Exception {
        Browserless browser = start(AuthOptions.Mode.REQUIRED, 3);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = browser.signIn("alice", "not the password");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("wrong name or password");
            assertThat(Browserless.setCookie(wrong)).isNull();
        }
        HttpResponse<String> locked = browser.signIn("alice", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("sign-in for alice is locked after 3 failed attempts in a row")
                .contains("try again in 15 minutes");
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                s -> assertThat(s).isBetween(800L, 900L));
        assertThat(browser.session).isNull();
    }

    @Test
    void optionalSignInKeepsTheLoopbackWorkflowAndOtherAddressesNeedRequired() throws Exception {
        Browserless anonymous = start(AuthOptions.Mode.OPTIONAL, 5);
        assertThat(anonymous.get("/api/projects").statusCode()).isEqualTo(200);
        assertThat(anonymous.postForm("/projects", "name=p1").statusCode()).isEqualTo(302);

        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, data, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--bind 0.0.0.0 can be reached from other hosts, so it needs --auth required");
        ServerOptions open = new ServerOptions("0.0.0.0", 0, data, null, 1, UploadLimits.defaults(), RunOptions.defaults(),
                new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)));
        assertThat(open.auth().mode()).isEqualTo(AuthOptions.Mode.REQUIRED);
        ServerOptions noAccounts = new ServerOptions("127.0.0.1", 0, data.resolve("empty"), null, 1,
                UploadLimits.defaults(), RunOptions.defaults(), new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)));
        assertThatThrownBy(() -> Service.start(noAccounts)).hasMessageContaining("holds no account to sign in with")
                .hasMessageContaining("evofit users add NAME --role admin");
        assertThat(data.resolve("empty")).doesNotExist();
    }
}
