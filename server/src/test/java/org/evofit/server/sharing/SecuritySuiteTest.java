package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.PROJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.EvofitServer;
import org.evofit.server.admin.AccountsFeature;
import org.evofit.server.limits.LimitsFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attacks every route the service declares (pages and API; the API's are read from the served openapi.json, and
 * a described operation no attack reached fails the suite) on alice's private project and fit: as another member,
 * as a guest, signed out, with path traversal in each parameter and, for every change, from alice's own session
 * without its CSRF token. Each attack must be refused with its status: 404 in the words of what does not exist
 * for what the attacker may not see, 401 (or the sign-in page) signed out, 403 without the token, 400 or 404 for
 * a path leading elsewhere. A route with a parameter this suite does not know how to fill fails it, so a new
 * route cannot go unattacked. The count of attacks is printed.
 */
class SecuritySuiteTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("[{<]([^}>]+)[}>]");
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    /** Routes anyone may reach signed out: how to sign in, probes, the description. */
    private static final Set<String> OPEN = Set.of("GET /sign-in", "POST /sign-in", "GET /api/health", "GET /api/openapi.json");

    private final List<String> refused = new ArrayList<>();
    private final Set<String> attacked = new TreeSet<>();
    private String aliceToken;
    private String aliceSecret;

    @BeforeEach
    void makeAToken() throws Exception {
        JsonNode made = JSON.readTree(lab.alice.postJson("/api/account/tokens", "{\"label\":\"ci\"}").body());
        aliceToken = made.path("id").asText();
        aliceSecret = made.path("token").asText();
    }


    @Test
    void everyRouteRefusesEveryAttack() throws Exception {
        Map<String, String> victim = fill(false);
        Map<String, String> ghost = fill(true);
        String filesBefore = lab.alice.get("/api/projects/" + PROJECT + "/files").body();
        for (EvofitServer.Route route : lab.server.routes()) {
            String key = route.method() + " " + route.path();
            List<String> params = params(route.path());
            assertThat(victim.keySet()).as("the security suite knows how to attack %s: add its parameters to fill()", key)
                    .containsAll(params);
            attackSignedOut(route, key, victim);
            if (!READING.contains(route.method())) {
                attackWithoutCsrf(route, victim);
            }
            if (!params.isEmpty()) {
                attackAsOthers(route, victim, ghost);
                attackWithTraversal(route, victim);
            }
            attacked.add(route.method().toLowerCase() + " " + PARAM.matcher(route.path()).replaceAll("{$1}"));
        }
        attackGit();
        attackAdminOnly();
        attackWithTokens();
        assertThat(attacked).as("every operation openapi.json describes was attacked").containsAll(described());
        assertThat(lab.alice.get("/api/runs/" + lab.fit).body()).as("alice's fit").contains("\"status\":\"succeeded\"");
        assertThat(lab.alice.get("/api/projects/" + PROJECT + "/files").body()).as("no attack changed alice's files")
                .isEqualTo(filesBefore);
        assertThat(lab.alice.get("/api/projects/" + PROJECT + "/sharing").body()).as("nor her sharing")
                .contains("\"public\":false,\"shares\":{}");
        assertThat(lab.alice.get("/api/account/tokens").body()).as("nor her tokens").contains(aliceToken);
        assertThat(lab.root.get(AccountsFeature.API).body()).as("nor any account").contains(
                "{\"name\":\"alice\",\"role\":\"member\",\"disabled\":false,\"scripts\":false,")
                .doesNotContain("\"disabled\":true").doesNotContain("\"scripts\":true");
        System.out.println("security suite: " + refused.size() + " attacks tried on " + attacked.size()
                + " routes, every one refused");
    }

    /** What fills each route parameter: alice's project, fit and files, or (for {@code ghost}) what does not exist. */
    private Map<String, String> fill(boolean ghost) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("p", ghost ? "ghost" : PROJECT);
        f.put("path", "models/model.yaml");
        f.put("id", ghost ? "ffffffffff" : lab.fit);
        f.put("runId", lab.runOfFit());
        f.put("name", "result.json");
        f.put("token", ghost ? "0badc0de" : aliceToken);
        f.put("user", ghost ? "ghost" : "alice");
        return f;
    }

    private static List<String> params(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String path(String template, Map<String, String> values) {
        return PARAM.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    private HttpRequest.Builder request(User user, String method, String path) {
        HttpRequest.BodyPublisher body = READING.contains(method) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        // Each request as its route expects it (a tus PATCH is a byte stream from an offset), so that what refuses
        // it is the check of what it names, not of its form.
        boolean patch = method.equals("PATCH");
        return user.request(path).header("Content-Type", patch ? "application/offset+octet-stream" : "application/json")
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0").method(method, body);
    }

    private void attackSignedOut(EvofitServer.Route route, String key, Map<String, String> victim) throws Exception {
        if (OPEN.contains(key)) {
            return;
        }
        String path = path(route.path(), victim);
        HttpResponse<String> r = lab.anonymous.send(request(lab.anonymous, route.method(), path), false);
        boolean page = !path.startsWith("/api/") && route.method().equals("GET");
        if (page) {
            assertThat(r.statusCode()).as("signed out: %s", key).isEqualTo(303);
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/sign-in?next=");
        } else {
            assertThat(r.statusCode()).as("signed out: %s", key).isEqualTo(401);
        }
        refused.add("signed out " + key);
    }

    private void attackWithoutCsrf(EvofitServer.Route route, Map<String, String> victim) throws Exception {
        if (route.path().equals("/sign-in")) {
            return;
        }
        HttpResponse<String> r = lab.alice.send(request(lab.alice, route.method(), path(route.path(), victim)), false);
        assertThat(r.statusCode()).as("alice's session without its CSRF token: %s %s", route.method(), route.path())
                .isEqualTo(403);
        assertThat(r.body()).contains("CSRF token");
        refused.add("no CSRF " + route);
    }

    /** Bob (another member) and gus (a guest) get what does not exist, word for word. */
    private void attackAsOthers(EvofitServer.Route route, Map<String, String> victim, Map<String, String> ghost)
            throws Exception {
        for (User attacker : List.of(lab.bob, lab.gus)) {
            HttpResponse<String> hidden = attacker.send(request(attacker, route.method(), path(route.path(), victim)), true);
            HttpResponse<String> missing = attacker.send(request(attacker, route.method(), path(route.path(), ghost)), true);
            String what = attacker.name() + ": " + route.method() + " " + path(route.path(), victim);
            assertThat(hidden.statusCode()).as(what + " " + hidden.body()).isEqualTo(404);
            String words = message(hidden);
            for (String param : params(route.path())) {
                words = words.replace(victim.get(param), ghost.get(param));
            }
            assertThat(words).as(what + ": the refusal of what does not exist").isEqualTo(message(missing));
            refused.add(what);
        }
    }

    private static String message(HttpResponse<String> r) throws Exception {
        if (r.body().isEmpty()) {
            return "";
        }
        if (r.body().startsWith("{")) {
            return JSON.readTree(r.body()).path("message").asText();
        }
        return r.body().replaceAll("<meta name=\"csrf-token\"[^>]*>", "");
    }

    /** Each parameter in turn replaced by a path that leads elsewhere, sent from alice's own session. */
    private void attackWithTraversal(EvofitServer.Route route, Map<String, String> victim) throws Exception {
        for (String param : params(route.path())) {
            for (String escape : List.of("..%2F..%2Fservice%2Fusers.json", "%2e%2e%2f%2e%2e%2fservice%2fusers.json",
                    "..%5C..%5Cservice%5Cusers.json")) {
                Map<String, String> values = new LinkedHashMap<>(victim);
                values.put(param, escape);
                String path = path(route.path(), values);
                HttpResponse<String> r = lab.alice.send(request(lab.alice, route.method(), path), true);
                assertThat(r.statusCode()).as("traversal in {%s}: %s %s", param, route.method(), path).isIn(400, 404);
                assertThat(r.body()).doesNotContain("passwordHash");
                refused.add("traversal " + route.method() + " " + path);
            }
        }
    }

    private void attackGit() throws Exception {
        String refs = "/projects/" + PROJECT + ".git/info/refs?service=git-upload-pack";
        assertThat(lab.alice.get(refs).statusCode()).isEqualTo(200);
        for (User attacker : List.of(lab.bob, lab.gus, lab.anonymous)) {
            HttpResponse<String> r = attacker.get(refs);
            assertThat(r.statusCode()).as(attacker.name() + ": git clone of alice's project")
                    .isEqualTo(attacker == lab.anonymous ? 401 : 404);
            refused.add("git " + attacker.name());
        }
        assertThat(lab.bob.get(refs).body()).isEqualTo(lab.bob.get(refs.replace(PROJECT, "ghost")).body().replace("ghost", PROJECT));
    }

    /**
     * The admins' routes that take no parameter (the audit log, the accounts): a member and a guest get what does not
     * exist, word for word.
     */
    private void attackAdminOnly() throws Exception {
        for (String path : List.of(LimitsFeature.API, LimitsFeature.PAGE, AccountsFeature.API, AccountsFeature.PAGE)) {
            assertThat(lab.root.get(path).statusCode()).as("the admin: " + path).isEqualTo(200);
            for (User attacker : List.of(lab.bob, lab.gus)) {
                HttpResponse<String> hidden = attacker.get(path);
                HttpResponse<String> missing = attacker.get(path + "x");
                assertThat(hidden.statusCode()).as(attacker.name() + ": " + path).isEqualTo(404);
                assertThat(message(hidden).replace(path, "P")).as(attacker.name() + ": " + path)
                        .isEqualTo(message(missing).replace(path + "x", "P"));
                refused.add(attacker.name() + ": " + path);
            }
        }
    }

    /** Tokens in the address, unknown ones, another user's token, Basic credentials of a name the token is not. */
    private void attackWithTokens() throws Exception {
        String project = "/api/projects/" + PROJECT;
        assertThat(bearer(project, aliceSecret).statusCode()).as("alice's own token").isEqualTo(200);
        for (String query : List.of("?access_token=" + aliceSecret, "?x=" + aliceSecret, "?token=whatever")) {
            HttpResponse<String> r = lab.anonymous.get(project + query);
            assertThat(r.statusCode()).as("a token in the address: " + query).isEqualTo(400);
            assertThat(r.body()).contains("refused in the address").doesNotContain(aliceSecret);
            refused.add("token in query " + query);
        }
        assertThat(bearer(project, aliceSecret + "x").statusCode()).as("an unknown token").isEqualTo(401);
        String bobs = JSON.readTree(lab.bob.postJson("/api/account/tokens", "{}").body()).path("token").asText();
        assertThat(bearer(project, bobs).statusCode()).as("bob's token on alice's project").isEqualTo(404);
        assertThat(bearer("/api/account/tokens/" + aliceToken, bobs, "DELETE").statusCode()).isEqualTo(404);
        String refs = "/projects/" + PROJECT + ".git/info/refs?service=git-upload-pack";
        HttpResponse<String> asBob = lab.anonymous.send(lab.anonymous.request(refs).header("Authorization",
                basic("bob", aliceSecret)), false);
        assertThat(asBob.statusCode()).as("alice's token under bob's name").isEqualTo(401);
        assertThat(lab.anonymous.send(lab.anonymous.request(refs).header("Authorization", basic("alice", aliceSecret)),
                false).statusCode()).as("git with alice's name and token").isEqualTo(200);
        assertThat(lab.anonymous.send(lab.anonymous.request(project).header("Authorization", basic("alice", aliceSecret)),
                false).statusCode()).as("Basic credentials outside git").isEqualTo(401);
        refused.addAll(List.of("unknown token", "bob's token", "bob's token revoking alice's", "basic as bob", "basic off git"));
    }

    private HttpResponse<String> bearer(String path, String secret, String... method) throws Exception {
        HttpRequest.Builder r = lab.anonymous.request(path).header("Authorization", "Bearer " + secret)
                .method(method.length > 0 ? method[0] : "GET", HttpRequest.BodyPublishers.noBody());
        return lab.anonymous.send(r, false);
    }

    private static String basic(String user, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + secret)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every operation the served openapi.json describes, as {@code get /api/projects/{p}}. */
    private Set<String> described() throws Exception {
        JsonNode paths = JSON.readTree(lab.alice.get("/api/openapi.json").body()).path("paths");
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> out.add(method + " " + path.getKey()));
        }
        return out;
    }
}
