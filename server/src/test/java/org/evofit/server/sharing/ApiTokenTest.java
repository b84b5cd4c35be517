package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.git.GitCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API tokens: made on the account page and shown there once, kept only as their SHA-256, sent as a Bearer header
 * (no CSRF token needed: no browser sends one by itself), revoked on the page, after which they are refused.
 */
class ApiTokenTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHOWN = Pattern.compile("<pre id=\"new-token\">([^<]+)</pre>");


    private HttpResponse<String> asToken(String secret, HttpRequest.Builder request) throws Exception {
        return lab.anonymous.send(request.header("Authorization", "Bearer " + secret), false);
    }

    @Test
    void aTokenIsShownOnceKeptAsItsHashUsedAsBearerAndRevoked() throws Exception {
        HttpResponse<String> made = lab.alice.postForm("/account/tokens", "label=laptop");
        Matcher m = SHOWN.matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String secret = m.group(1);
        assertThat(secret).startsWith("evofit_").hasSize("evofit_".length() + 43);
        assertThat(lab.alice.get("/account").body()).as("shown once").doesNotContain(secret).contains("laptop");

        String stored = Files.readString(data.resolve("service/users.json"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).doesNotContain(secret).contains(sha);

        HttpResponse<String> list = asToken(secret, lab.anonymous.request("/api/projects"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).findValuesAsText("name")).contains(Lab.PROJECT);
        HttpResponse<String> created = asToken(secret, lab.anonymous.request("/api/projects")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"scripted\"}")));
        assertThat(created.statusCode()).as("a change with a token needs no CSRF token: " + created.body()).isEqualTo(201);
        assertThat(lab.alice.get("/api/projects/alice~scripted/sharing").body()).contains("\"owner\":\"alice\"");

        JsonNode tokens = JSON.readTree(lab.alice.get("/api/account/tokens").body());
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).has("token")).as("never listed again").isFalse();
        String id = tokens.get(0).path("id").asText();
        assertThat(lab.alice.postForm("/account/tokens/" + id + "/revoke", "").statusCode()).isEqualTo(303);
        HttpResponse<String> revoked = asToken(secret, lab.anonymous.request("/api/projects"));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(revoked.body()).path("message").asText()).contains("unknown, revoked");
    }

    @Test
    void theApiMakesAndRevokesTokensAndOnlyTheirOwnersCanRevokeThem() throws Exception {
        HttpResponse<String> made = lab.bob.postJson("/api/account/tokens", "{\"label\":\"ci\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode token = JSON.readTree(made.body());
        assertThat(token.path("label").asText()).isEqualTo("ci");
        String secret = token.path("token").asText();
        HttpResponse<String> byAlice = lab.alice.send(lab.alice.request("/api/account/tokens/" + token.path("id").asText())
                .DELETE(), true);
        assertThat(byAlice.statusCode()).isEqualTo(404);
        assertThat(asToken(secret, lab.anonymous.request("/api/projects")).statusCode()).isEqualTo(200);
        HttpResponse<String> bySelf = asToken(secret, lab.anonymous.request("/api/account/tokens/" + token.path("id").asText())
                .DELETE());
        assertThat(bySelf.statusCode()).isEqualTo(204);
        assertThat(asToken(secret, lab.anonymous.request("/api/projects")).statusCode()).isEqualTo(401);
    }

    @Test
    void gitClonesWithTheAccountsNameAndATokenAndNothingElse(@TempDir Path home) throws Exception {
        String alice = JSON.readTree(lab.alice.postJson("/api/account/tokens", "{}").body()).path("token").asText();
        String bob = JSON.readTree(lab.bob.postJson("/api/account/tokens", "{}").body()).path("token").asText();
        GitCommand git = new GitCommand(home);
        String url = lab.server.url().resolve("/projects/" + Lab.PROJECT + ".git").toString();

        GitCommand.Outcome cloned = git.run(home, "-c", "http.extraHeader=Authorization: " + basic("alice", alice),
                "clone", url, "as-alice");
        assertThat(cloned.exitCode()).as(cloned.err()).isZero();
        assertThat(home.resolve("as-alice/models/model.yaml")).exists();

        GitCommand.Outcome asBob = git.run(home, "-c", "http.extraHeader=Authorization: " + basic("bob", bob),
                "clone", url, "as-bob");
        assertThat(asBob.exitCode()).isNotZero();
        assertThat(asBob.err()).contains("no project named '" + Lab.PROJECT + "'");
        GitCommand.Outcome signedOut = git.run(home, "clone", url, "signed-out");
        assertThat(signedOut.exitCode()).isNotZero();
        assertThat(home.resolve("as-bob")).doesNotExist();
        assertThat(home.resolve("signed-out")).doesNotExist();
    }

    private static String basic(String user, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
