package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.PASSWORD;
import static org.evofit.server.sharing.Lab.PROJECT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.evofit.server.MovingClock;
import org.evofit.server.ServiceClient;
import org.evofit.server.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate limits through the service: past a limit the answer is 429 with Retry-After and a message (JSON to the
 * API, a page to a browser) naming the limit and when to try again; another account is not refused; the clock
 * moving on (the test's, not the wall's) lets the refused one in again. Another address (as a proxy on this host
 * forwards it) is counted apart.
 */
class RateLimitServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Lab lab;

    /** The lab itself signs in 4 times from one address and uploads and submits once as alice. */
    private Lab start(List<String> rates, Clock clock) throws Exception {
        lab = new Lab(data, Limits.of(rates, List.of()), clock);
        return lab;
    }

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void signInsPerNameAndPerAddress() throws Exception {
        MovingClock clock = new MovingClock();
        start(List.of("sign-in.user=2/minute", "sign-in.address=7/minute"), clock);
        new User(lab.server.url(), "bob").signIn(PASSWORD);
        HttpResponse<String> refused = signIn("bob");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("30");
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("too many sign-in attempts for the name bob", "sign-in.user",
                "2/minute", "try again in 30 seconds");
        assertThat(signIn("alice").statusCode()).as("another name from the same address").isEqualTo(303);
        HttpResponse<String> address = signIn("gus");
        assertThat(address.statusCode()).isEqualTo(429);
        assertThat(address.body()).contains("from address 127.0.0.1", "sign-in.address");
        assertThat(signIn("gus", "203.0.113.5").statusCode()).as("from another address, through a proxy on this host")
                .isEqualTo(303);
        assertThat(signIn("gus", "203.0.113.5, 127.0.0.1").statusCode()).as("only the address the proxy appended counts")
                .isEqualTo(429);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("bob").statusCode()).as("a minute later").isEqualTo(303);
    }

    @Test
    void uploadsSubmissionsAndPermalinksPerAccount() throws Exception {
        start(List.of("upload.user=2/minute", "submission.user=1/hour", "permalink.user=3/minute"), new MovingClock());
        Path model = ServiceClient.repoFile("examples/peaks/model.yaml");
        Path dat = ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat");
        assertThat(lab.alice.upload("/api/projects/" + PROJECT + "/files", model).statusCode()).isEqualTo(201);
        HttpResponse<String> upload = lab.alice.upload("/api/projects/" + PROJECT + "/files", model);
        assertTooMany(upload, "upload.user", "30");
        assertThat(lab.bob.postJson("/api/projects", "{\"name\":\"bobs\"}").statusCode()).isEqualTo(201);
        assertThat(lab.bob.upload("/api/projects/bob~bobs/files", model, dat).statusCode()).as("bob's own upload").isEqualTo(201);

        String start = "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=5&seed=7";
        assertTooMany(lab.alice.postForm("/api/projects/" + PROJECT + "/runs", start), "submission.user", "3600");
        HttpResponse<String> bobs = lab.bob.postForm("/api/projects/bob~bobs/runs", start);
        assertThat(bobs.statusCode()).as(bobs.body()).isEqualTo(201);
        String bobsFit = JSON.readTree(bobs.body()).path("id").asText();
        assertThat(lab.bob.awaitEvent("/api/runs/" + bobsFit + "/events", "done")).isNotNull();

        for (int i = 0; i < 3; i++) {
            assertThat(lab.alice.get("/runs/" + lab.fit).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> page = lab.alice.send(lab.alice.request("/runs/" + lab.fit).header("Accept", "text/html"), true);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).contains("20");
        assertThat(page.body()).contains("<h1>429</h1>", "too many permalink requests by alice", "permalink.user");
        assertTooMany(lab.alice.get("/api/runs/" + lab.fit), "permalink.user", "20");
        assertThat(lab.root.get("/runs/" + lab.fit).statusCode()).as("the admin, from the same address").isEqualTo(200);
    }

    private static void assertTooMany(HttpResponse<String> r, String limit, String retryAfter) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).contains(retryAfter);
        String message = JSON.readTree(r.body()).path("message").asText();
        assertThat(message).contains(limit, "try again in " + retryAfter + " seconds");
    }

    private HttpResponse<String> signIn(String name, String... forwardedFor) throws Exception {
        User u = new User(lab.server.url(), name);
        HttpRequest.Builder r = u.request("/sign-in");
        if (forwardedFor.length > 0) {
            r.header("X-Forwarded-For", forwardedFor[0]);
        }
        return u.send(r.header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("user=" + name + "&password="
                        + User.enc(PASSWORD))), false);
    }
}
