package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ServiceClient;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.junit.jupiter.api.Test;

/**
 * The admins' accounts page and its API over real HTTP: an admin lets a member upload model scripts and stops them
 * again (the member's upload taken, then refused saying why), may not let a guest (refused saying why), disables an
 * account and changes roles; members and guests get what does not exist; a change without the session's CSRF token
 * is refused; every change is in the audit log with its target and correlation id.
 */
class AdminAccountsTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNTS = "/api/admin/accounts";

    private final Path script = ServiceClient.repoFile("examples/script-coupled/model.java");
    private final Path graded = ServiceClient.repoFile("examples/script-coupled/graded.dat");

    private UserStore store() {
        return new UserStore(data.resolve("service"), Clock.systemUTC());
    }

    private HttpResponse<String> aliceUploadsAScript() throws Exception {
        return lab.alice.upload("/api/projects/" + Lab.PROJECT + "/files", script, graded);
    }

    private static String message(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("message").asText();
    }

    @Test
    void anAdminAllowsAMembersScriptsOnThePageAndForbidsThemAgain() throws Exception {
        assertThat(aliceUploadsAScript().statusCode()).as("before").isEqualTo(403);
        HttpResponse<String> allowed = lab.root.send(lab.root.request(ACCOUNTS + "/alice").header("X-Request-Id",
                "allow-alice-1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scripts\":true}")), true);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).path("mayUploadScripts").asBoolean()).isTrue();
        HttpResponse<String> taken = aliceUploadsAScript();
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);

        HttpResponse<String> forbidden = lab.root.postForm("/admin/accounts/alice", "scripts=false");
        assertThat(forbidden.statusCode()).isEqualTo(303);
        assertThat(forbidden.headers().firstValue("Location")).hasValue("/admin/accounts");
        assertThat(store().find("alice").orElseThrow().scripts()).isFalse();
        HttpResponse<String> refused = aliceUploadsAScript();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(message(refused)).contains("only an admin may allow an account to upload them");

        List<JsonNode> changes = audited("account-scripts");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).path("user").asText()).isEqualTo("root");
        assertThat(changes.get(0).path("target").asText()).isEqualTo("alice");
        assertThat(changes.get(0).path("requestId").asText()).isEqualTo("allow-alice-1");
        assertThat(changes.get(0).path("detail").asText()).isEqualTo("scripts true");
        assertThat(changes.get(1).path("detail").asText()).isEqualTo("scripts false");
        assertThat(changes.get(1).path("status").asInt()).isEqualTo(303);
    }

    @Test
    void aGuestCannotBeAllowedScriptsAndTheRefusalSaysWhy() throws Exception {
        HttpResponse<String> r = lab.root.postJson(ACCOUNTS + "/gus", "{\"scripts\":true}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("gus is a guest, and guests never run code on the service")
                .contains("make the account a member first");
        assertThat(store().find("gus").orElseThrow().scripts()).isFalse();
        assertThat(audited("account-scripts")).singleElement()
                .satisfies(a -> assertThat(a.path("status").asInt()).as("the refusal is audited too").isEqualTo(400));
        assertThat(lab.root.get("/admin/accounts").body()).contains("never (guest: make the account a member first)");
    }

    @Test
    void theAdminListsEveryAccountWithoutItsSecrets() throws Exception {
        HttpResponse<String> listed = lab.root.get(ACCOUNTS);
        assertThat(listed.statusCode()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode a : JSON.readTree(listed.body())) {
            rows.add(a.path("name").asText() + " " + a.path("role").asText() + " " + a.path("mayUploadScripts").asBoolean());
        }
        assertThat(rows).containsExactly("alice member false", "bob member false", "gus guest false", "root admin true");
        assertThat(listed.body()).doesNotContain("passwordHash").doesNotContain("argon2").doesNotContain("tokens");
        HttpResponse<String> page = lab.root.get("/admin/accounts");
        assertThat(page.body()).contains("<tr data-account=\"alice\">", "id=\"scripts-alice\"", "id=\"disable-bob\"")
                .doesNotContain("id=\"disable-root\"").doesNotContain("id=\"scripts-gus\"");
        assertThat(lab.root.get("/account").body()).contains("href=\"/admin/accounts\"");
        assertThat(lab.alice.get("/account").body()).doesNotContain("/admin/accounts");
    }

    @Test
    void membersAndGuestsGetWhatDoesNotExist() throws Exception {
        for (User other : List.of(lab.alice, lab.gus)) {
            HttpResponse<String> hidden = other.postJson(ACCOUNTS + "/alice", "{\"scripts\":true}");
            HttpResponse<String> missing = other.postJson("/api/admin/nothing/alice", "{\"scripts\":true}");
            assertThat(hidden.statusCode()).as(other.name()).isEqualTo(404);
            assertThat(message(hidden).replace(ACCOUNTS, "X")).isEqualTo(message(missing).replace("/api/admin/nothing", "X"));
            assertThat(other.get(ACCOUNTS).statusCode()).isEqualTo(404);
            assertThat(other.get("/admin/accounts").statusCode()).isEqualTo(404);
        }
        assertThat(store().find("alice").orElseThrow().scripts()).as("nothing changed").isFalse();
        assertThat(lab.anonymous.postJson(ACCOUNTS + "/alice", "{\"scripts\":true}").statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> r = lab.root.send(lab.root.request("/admin/accounts/alice")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scripts=true")), false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF token");
        assertThat(store().find("alice").orElseThrow().scripts()).isFalse();
    }

    @Test
    void anAdminDisablesAnAccountAndChangesRolesButNotTheirOwn() throws Exception {
        assertThat(lab.bob.get("/api/projects").statusCode()).isEqualTo(200);
        assertThat(lab.root.postForm("/admin/accounts/bob", "disabled=true").statusCode()).isEqualTo(303);
        assertThat(lab.bob.get("/api/projects").statusCode()).as("bob's session acts for no one").isEqualTo(401);
        HttpResponse<String> enable = lab.root.postJson(ACCOUNTS + "/bob", "{\"disabled\":false}");
        assertThat(enable.statusCode()).isEqualTo(400);
        assertThat(message(enable)).contains("evofit users reset-password bob");

        assertThat(lab.root.postJson(ACCOUNTS + "/gus", "{\"role\":\"member\"}").statusCode()).isEqualTo(200);
        assertThat(lab.root.postJson(ACCOUNTS + "/gus", "{\"scripts\":true}").statusCode()).isEqualTo(200);
        JsonNode demoted = JSON.readTree(lab.root.postJson(ACCOUNTS + "/gus", "{\"role\":\"guest\"}").body());
        assertThat(demoted.path("scripts").asBoolean()).as("a guest keeps no permission to run code").isFalse();
        assertThat(store().find("gus").orElseThrow().role()).isEqualTo(Role.GUEST);

        for (String own : List.of("{\"role\":\"member\"}", "{\"disabled\":true}")) {
            HttpResponse<String> r = lab.root.postJson(ACCOUNTS + "/root", own);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(message(r)).contains("you may not disable your own account or change its role");
        }
        HttpResponse<String> two = lab.root.postJson(ACCOUNTS + "/alice", "{\"role\":\"admin\",\"scripts\":true}");
        assertThat(message(two)).contains("expected exactly one of scripts").contains("got role and scripts");
        assertThat(lab.root.postJson(ACCOUNTS + "/nobody", "{\"scripts\":true}").statusCode()).isEqualTo(404);
        assertThat(store().find("root").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(audited("account-disable")).as("refusals are audited too").extracting(a -> a.path("target").asText()
                + " " + a.path("status").asInt()).containsExactly("bob 303", "bob 400", "root 400");
        assertThat(audited("account-role")).hasSize(3);
    }

    /** The audit log's records of {@code event}, oldest first. */
    private List<JsonNode> audited(String event) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(lab.root.get("/api/audit").body()).forEach(r -> {
            if (r.path("event").asText().equals(event)) {
                out.add(r);
            }
        });
        return out;
    }
}
