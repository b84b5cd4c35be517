package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.PASSWORD;
import static org.evofit.server.sharing.Lab.PROJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.limits.AuditLog;
import org.evofit.server.limits.AuditRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit log: sign-ins and their failures, uploads, submissions, shares and deletions, each with its correlation
 * id, user, address and time, kept in the data directory across a restart, and shown to admins only (anyone else
 * gets the answer of a path that does not exist).
 */
class AuditLogTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAuditedActionIsRecordedWithItsRequestId() throws Exception {
        HttpResponse<String> share = lab.alice.send(lab.alice.request("/api/projects/" + PROJECT + "/sharing")
                .header("Content-Type", "application/json").header("X-Request-Id", "audit-share-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"bob\",\"access\":\"read\"}")), true);
        assertThat(share.statusCode()).isEqualTo(200);
        String token = JSON.readTree(lab.alice.postJson("/api/account/tokens", "{}").body()).path("id").asText();
        assertThat(lab.alice.send(lab.alice.request("/api/account/tokens/" + token).DELETE(), true).statusCode()).isEqualTo(204);
        HttpResponse<String> failed = new User(lab.server.url(), "bob").send(lab.anonymous.request("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Request-Id", "audit-failure-1")
                .POST(HttpRequest.BodyPublishers.ofString("user=bob&password=wrong")), false);
        assertThat(failed.statusCode()).isEqualTo(401);

        HttpResponse<String> listed = lab.root.get("/api/audit");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        for (JsonNode r : JSON.readTree(listed.body())) {
            events.add(r.path("event").asText() + " " + r.path("user").asText() + " " + r.path("status").asInt());
            assertThat(r.path("address").asText()).isEqualTo("127.0.0.1");
            assertThat(r.path("time").asText()).matches("2\\d{3}-\\d\\d-\\d\\dT.*Z");
            assertThat(r.path("requestId").asText()).matches("[A-Za-z0-9._:-]+");
        }
        assertThat(events).containsExactly("sign-in alice 303", "sign-in bob 303", "sign-in gus 303", "sign-in root 303",
                "upload alice 201", "submission alice 201", "share alice 200", "deletion alice 204",
                "sign-in-failure bob 401");
        JsonNode records = JSON.readTree(listed.body());
        assertThat(records.get(6).path("requestId").asText()).isEqualTo("audit-share-1");
        assertThat(records.get(6).path("path").asText()).isEqualTo("/api/projects/" + PROJECT + "/sharing");
        assertThat(records.get(8).path("requestId").asText()).isEqualTo("audit-failure-1");
        assertThat(JSON.readTree(lab.root.get("/api/audit?limit=2").body())).hasSize(2);
        assertThat(lab.root.get("/api/audit?limit=0").statusCode()).isEqualTo(400);

        lab.close();
        List<AuditRecord> kept = new AuditLog(data.resolve("service")).last(100);
        assertThat(kept).as("kept after the service stopped").hasSize(9);
        assertThat(kept.get(8).event()).isEqualTo("sign-in-failure");
        assertThat(Files.readAllLines(data.resolve("service").resolve(AuditLog.FILE))).hasSize(9)
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    void onlyAdminsSeeTheLog() throws Exception {
        assertThat(lab.root.get("/admin/audit").body()).contains("<table id=\"audit\">", "sign-in", "root");
        for (User other : List.of(lab.alice, lab.gus)) {
            for (String path : List.of("/api/audit", "/admin/audit")) {
                HttpResponse<String> hidden = other.get(path);
                HttpResponse<String> missing = other.get(path + "-nothing");
                assertThat(hidden.statusCode()).as(other.name() + " " + path).isEqualTo(404);
                assertThat(withoutIds(hidden.body()).replace(path, "X"))
                        .as("the same words as a path that does not exist")
                        .isEqualTo(withoutIds(missing.body()).replace(path + "-nothing", "X"));
            }
        }
        assertThat(lab.anonymous.get("/api/audit").statusCode()).as("signed out").isEqualTo(401);
        assertThat(new User(lab.server.url(), "root").signIn(PASSWORD).get("/api/audit").statusCode()).isEqualTo(200);
    }

    private static String withoutIds(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "").replaceAll("<meta name=\"csrf-token\"[^>]*>", "");
    }
}
