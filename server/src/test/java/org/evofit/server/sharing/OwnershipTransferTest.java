package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership transfer over real HTTP: a project made before accounts (by the single user of a service without
 * sign-in), with a finished fit, is seen by admins only until an admin gives it to alice; then it is hers (her
 * project list, its page, its run's permalink and git clone URL, all at the ids they had) and still nowhere for
 * bob. A name without an account is refused saying so; only admins transfer; each transfer is audited.
 */
class OwnershipTransferTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEGACY = "legacy";

    @TempDir
    Path data;

    private Lab lab;
    private String fit;

    @BeforeEach
    void aProjectMadeBeforeAccounts() throws Exception {
        try (EvofitServer before = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1))) {
            ServiceClient client = new ServiceClient(before.url());
            assertThat(client.postJson("/api/projects", "{\"name\":\"" + LEGACY + "\"}").statusCode()).isEqualTo(201);
            assertThat(client.upload("/api/projects/" + LEGACY + "/files", ServiceClient.repoFile("examples/peaks/model.yaml"),
                    ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")).statusCode()).isEqualTo(201);
            HttpResponse<String> start = client.postForm("/api/projects/" + LEGACY + "/runs",
                    "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=20&seed=7", null);
            assertThat(start.statusCode()).as(start.body()).isEqualTo(201);
            fit = JSON.readTree(start.body()).get("id").asText();
            assertThat(client.follow("/api/runs/" + fit + "/events", e -> e[0].equals("done"))).isNotNull();
        }
        lab = new Lab(data);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void anAdminGivesAnOwnerlessProjectToAMemberAndItsLinksStay() throws Exception {
        String refs = "/projects/" + LEGACY + ".git/info/refs?service=git-upload-pack";
        assertThat(lab.alice.get("/api/projects/" + LEGACY).statusCode()).isEqualTo(404);
        assertThat(lab.root.get("/projects/" + LEGACY).body()).contains("No owner (made before accounts)")
                .contains("id=\"transfer\"");
        assertThat(lab.alice.get("/projects/" + Lab.PROJECT).body()).as("only admins see the form")
                .doesNotContain("id=\"transfer\"");

        HttpResponse<String> unknown = lab.root.postJson("/api/projects/" + LEGACY + "/owner", "{\"user\":\"carol\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("message").asText()).contains("there is no account 'carol' to give project legacy to");
        assertThat(lab.alice.postJson("/api/projects/" + LEGACY + "/owner", "{\"user\":\"alice\"}").statusCode())
                .as("a member cannot take what she cannot see").isEqualTo(404);

        HttpResponse<String> given = lab.root.postForm("/projects/" + LEGACY + "/owner", "user=alice");
        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(given.headers().firstValue("Location")).hasValue("/projects/" + LEGACY);

        assertThat(json(lab.alice.get("/api/projects")).findValuesAsText("name")).contains(LEGACY);
        for (String path : new String[] {"/api/projects/" + LEGACY, "/runs/" + fit, "/api/runs/" + fit, refs}) {
            assertThat(lab.alice.get(path).statusCode()).as("alice: " + path).isEqualTo(200);
            assertThat(lab.bob.get(path).statusCode()).as("bob: " + path).isEqualTo(404);
            assertThat(lab.gus.get(path).statusCode()).as("gus: " + path).isEqualTo(404);
        }
        assertThat(lab.alice.get("/projects/" + LEGACY).body()).contains("id=\"owner\">Owner: alice");
        assertThat(lab.alice.upload("/api/projects/" + LEGACY + "/files", ServiceClient.repoFile("examples/peaks/model.yaml"))
                .statusCode()).as("hers to change").isEqualTo(201);

        HttpResponse<String> passOn = lab.alice.postJson("/api/projects/" + LEGACY + "/owner", "{\"user\":\"bob\"}");
        assertThat(passOn.statusCode()).isEqualTo(403);
        assertThat(json(passOn).path("message").asText()).contains("only an admin may give project legacy to another account");

        JsonNode transfer = null;
        for (JsonNode r : json(lab.root.get("/api/audit"))) {
            if (r.path("event").asText().equals("transfer") && r.path("status").asInt() == 303) {
                transfer = r;
            }
        }
        assertThat(transfer).as("the transfer is audited").isNotNull();
        assertThat(transfer.path("user").asText()).isEqualTo("root");
        assertThat(transfer.path("target").asText()).isEqualTo(LEGACY);
        assertThat(transfer.path("detail").asText()).isEqualTo("to alice from no owner");
    }

    @Test
    void anOwnedProjectChangesHandsButKeepsItsId() throws Exception {
        lab.alice.postJson("/api/projects/" + Lab.PROJECT + "/sharing", "{\"user\":\"bob\",\"access\":\"read\"}");
        HttpResponse<String> given = lab.root.postJson("/api/projects/" + Lab.PROJECT + "/owner", "{\"user\":\"bob\"}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(json(given).path("owner").asText()).isEqualTo("bob");
        assertThat(json(given).path("shares").size()).as("bob's share is gone: he owns it").isZero();
        assertThat(lab.bob.upload("/api/projects/" + Lab.PROJECT + "/files", ServiceClient.repoFile("examples/peaks/model.yaml"))
                .statusCode()).isEqualTo(201);
        assertThat(lab.bob.get("/runs/" + lab.fit).statusCode()).isEqualTo(200);
        assertThat(lab.alice.get("/api/projects/" + Lab.PROJECT).statusCode()).as("no longer alice's").isEqualTo(404);
    }
}
