package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.PROJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.Test;

/**
 * Ownership and sharing: a project is its creator's and private to them; shared with a user for reading they see
 * it but cannot change it, for writing they can; public, every signed-in user reads it; admins see all; guests own
 * projects but may not share them; whatever a user may not see answers 404 in the words of what does not exist.
 */
class SharingTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();


    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void aPrivateProjectAndItsRunAreNowhereForAnotherUser() throws Exception {
        assertThat(json(lab.bob.get("/api/projects")).findValuesAsText("name")).doesNotContain(PROJECT);
        assertThat(lab.bob.get("/").body()).doesNotContain(PROJECT);
        assertThat(json(lab.alice.get("/api/projects")).findValuesAsText("name")).contains(PROJECT);
        assertThat(json(lab.root.get("/api/projects")).findValuesAsText("name")).contains(PROJECT);

        String[][] pairs = {
            {"/api/projects/" + PROJECT, "/api/projects/ghost"},
            {"/projects/" + PROJECT, "/projects/ghost"},
            {"/runs/" + lab.fit, "/runs/ffffffffff"},
            {"/api/runs/" + lab.fit + "/zip", "/api/runs/ffffffffff/zip"},
            {"/projects/" + PROJECT + ".git/info/refs?service=git-upload-pack", "/projects/ghost.git/info/refs?service=git-upload-pack"},
        };
        for (String[] pair : pairs) {
            assertThat(lab.alice.get(pair[0]).statusCode()).as("alice: " + pair[0]).isEqualTo(200);
            assertThat(lab.root.get(pair[0]).statusCode()).as("the admin: " + pair[0]).isEqualTo(200);
            HttpResponse<String> hidden = lab.bob.get(pair[0]);
            HttpResponse<String> missing = lab.bob.get(pair[1]);
            assertThat(hidden.statusCode()).as("bob: " + pair[0]).isEqualTo(404);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(withoutIds(hidden.body()).replace(PROJECT, "ghost").replace(lab.fit, "ffffffffff"))
                    .as("the refusal of what bob may not see is the refusal of what does not exist")
                    .isEqualTo(withoutIds(missing.body()));
        }
    }

    /** A refusal without its request id (the one thing two refusals may differ in). */
    private static String withoutIds(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "").replaceAll("(?s)request id [^)<]*", "");
    }

    @Test
    void sharedForReadingAUserSeesButCannotChangeForWritingTheyCan() throws Exception {
        Path model = ServiceClient.repoFile("examples/peaks/model.yaml");
        HttpResponse<String> shared = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing",
                "{\"user\":\"bob\",\"access\":\"read\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        assertThat(json(shared).path("owner").asText()).isEqualTo("alice");
        assertThat(json(shared).path("shares").path("bob").asText()).isEqualTo("read");

        assertThat(lab.bob.get("/api/projects/" + PROJECT + "/files").statusCode()).isEqualTo(200);
        assertThat(lab.bob.get("/runs/" + lab.fit).statusCode()).isEqualTo(200);
        HttpResponse<String> upload = lab.bob.upload("/api/projects/" + PROJECT + "/files", model);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(json(upload).path("message").asText()).contains("shared with you read-only");
        assertThat(lab.bob.postJson("/api/runs/" + lab.fit + "/cancel", "{}").statusCode()).isEqualTo(403);
        assertThat(lab.bob.postJson("/api/projects/" + PROJECT + "/sharing", "{\"user\":\"gus\"}").statusCode())
                .as("only the owner shares").isEqualTo(403);

        lab.alice.postForm("/projects/" + PROJECT + "/sharing", "user=bob&access=write");
        assertThat(lab.bob.upload("/api/projects/" + PROJECT + "/files", model).statusCode()).isEqualTo(201);

        lab.alice.postJson("/api/projects/" + PROJECT + "/sharing", "{\"user\":\"bob\",\"access\":\"none\"}");
        assertThat(lab.bob.get("/api/projects/" + PROJECT).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublicProjectIsReadByEveryoneSignedInAndChangedByNone() throws Exception {
        assertThat(lab.gus.get("/api/projects/" + PROJECT).statusCode()).isEqualTo(404);
        HttpResponse<String> page = lab.alice.get("/projects/" + PROJECT);
        assertThat(page.body()).contains("id=\"owner\">Owner: alice").contains("id=\"publish\"");
        lab.alice.postForm("/projects/" + PROJECT + "/sharing", "public=true");

        assertThat(lab.gus.get("/api/projects/" + PROJECT).statusCode()).isEqualTo(200);
        assertThat(json(lab.gus.get("/api/projects")).findValuesAsText("name")).contains(PROJECT);
        assertThat(lab.gus.get("/projects/" + PROJECT).body()).doesNotContain("id=\"publish\"");
        assertThat(lab.gus.postForm("/api/projects/" + PROJECT + "/runs", "model=models/model.yaml&data=data/peakfit_gauss.dat")
                .statusCode()).isEqualTo(403);
        assertThat(lab.anonymous.get("/api/projects/" + PROJECT).statusCode()).as("public is for signed-in users")
                .isEqualTo(401);
    }

    @Test
    void aGuestOwnsProjectsButMayNotShareThem() throws Exception {
        assertThat(lab.gus.postJson("/api/projects", "{\"name\":\"mine\"}").statusCode()).isEqualTo(201);
        assertThat(lab.gus.get("/api/projects/gus~mine").statusCode()).isEqualTo(200);
        assertThat(lab.alice.get("/api/projects/gus~mine").statusCode()).isEqualTo(404);
        HttpResponse<String> share = lab.gus.postJson("/api/projects/gus~mine/sharing", "{\"user\":\"alice\"}");
        assertThat(share.statusCode()).isEqualTo(403);
        assertThat(json(share).path("message").asText()).contains("guests may not share");
        assertThat(lab.alice.get("/api/projects/gus~mine").statusCode()).isEqualTo(404);
        assertThat(lab.root.get("/api/projects/gus~mine/sharing").body()).contains("\"owner\":\"gus\"");
    }

    @Test
    void sharingWithWhatCannotBeAnAccountNameOrAnUnknownAccessIsBadInput() throws Exception {
        // (A valid name without an account is answered as one with: ExistenceProbeTest.)
        HttpResponse<String> r = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing", "{\"user\":\"Mallory!\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).contains("'Mallory!' is not an account name");
        HttpResponse<String> level = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing",
                "{\"user\":\"bob\",\"access\":\"admin\"}");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(json(level).path("message").asText()).contains("expected read, write, none");
    }
}
