package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.evofit.server.ServiceClient;
import org.evofit.server.account.UserStore;
import org.junit.jupiter.api.Test;

/**
 * Model scripts ({@code .java}) are code the service compiles and runs: a guest's upload of one is refused saying
 * why (multipart and resumable alike, before anything is compiled), a member's until an admin allows it
 * ({@code evofit users scripts NAME on}), an admin's is taken.
 */
class ScriptPermissionTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script = ServiceClient.repoFile("examples/script-coupled/model.java");
    private final Path graded = ServiceClient.repoFile("examples/script-coupled/graded.dat");

    private static String message(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("message").asText();
    }

    @Test
    void aGuestsScriptIsRefusedSayingWhy() throws Exception {
        lab.gus.postJson("/api/projects", "{\"name\":\"gus-project\"}");
        HttpResponse<String> r = lab.gus.upload("/api/projects/gus~gus-project/files", script, graded);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(message(r)).contains("model scripts (.java) are Java code the service compiles and runs, so guests "
                + "may not upload them (model.java refused)").contains("YAML");
        assertThat(lab.gus.get("/api/projects/gus~gus-project/files").body()).as("nothing of the upload is kept")
                .doesNotContain("model.java").doesNotContain("graded.dat");

        String metadata = "filename " + Base64.getEncoder().encodeToString("model.java".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> resumable = lab.gus.send(lab.gus.request("/api/projects/gus~gus-project/uploads")
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", "10").header("Upload-Metadata", metadata)
                .POST(HttpRequest.BodyPublishers.noBody()), true);
        assertThat(resumable.statusCode()).isEqualTo(403);
        assertThat(message(resumable)).contains("guests may not upload them");
    }

    @Test
    void aMembersScriptIsTakenOnceAnAdminAllowsIt() throws Exception {
        HttpResponse<String> refused = lab.alice.upload("/api/projects/" + Lab.PROJECT + "/files", script, graded);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(message(refused)).contains("only an admin may allow an account to upload them (evofit users scripts alice on)");

        new UserStore(data.resolve("service"), Clock.systemUTC()).allowScripts("alice", true);
        HttpResponse<String> taken = lab.alice.upload("/api/projects/" + Lab.PROJECT + "/files", script, graded);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(lab.root.upload("/api/projects/" + Lab.PROJECT + "/files", script, graded).statusCode())
                .as("an admin may always").isEqualTo(201);
    }
}
