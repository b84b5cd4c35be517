package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.sharing.Lab.NAME;
import static org.evofit.server.sharing.Lab.PASSWORD;
import static org.evofit.server.sharing.Lab.PROJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.junit.jupiter.api.Test;

/**
 * Probes that would tell an attacker what exists without seeing it: creating a project under a name another
 * account uses, and sharing with a name that may or may not be an account. Each must be answered exactly as the
 * probe of something that does not exist is.
 */
class ExistenceProbeTest extends WithLab {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNameAnotherAccountUsesIsAnsweredAsAFreeOne() throws Exception {
        HttpResponse<String> taken = lab.bob.postJson("/api/projects", "{\"name\":\"" + NAME + "\"}");
        HttpResponse<String> free = lab.bob.postJson("/api/projects", "{\"name\":\"unused\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201).isEqualTo(free.statusCode());
        assertThat(taken.body().replace(NAME, "unused")).isEqualTo(free.body());
        assertThat(taken.headers().firstValue("Location")).hasValue("/api/projects/bob~" + NAME);

        // Each id names one project: bob's is empty, alice's still holds her files and is still hidden from bob.
        assertThat(lab.bob.get("/api/projects/bob~" + NAME + "/files").body()).isEqualTo("[]");
        assertThat(lab.alice.get("/api/projects/" + PROJECT + "/files").body()).contains("models/model.yaml");
        assertThat(lab.bob.get("/api/projects/" + PROJECT).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(lab.bob.get("/api/projects").body()).findValuesAsText("name"))
                .containsExactly("bob~" + NAME, "bob~unused");
        assertThat(lab.bob.get("/projects/bob~" + NAME + ".git/info/refs?service=git-upload-pack").statusCode())
                .as("bob's own clone URL").isEqualTo(200);

        // The only clash is with one's own project, and its refusal names only that.
        HttpResponse<String> again = lab.bob.postJson("/api/projects", "{\"name\":\"" + NAME + "\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("message").asText())
                .isEqualTo("you have a project called secret already (bob~secret): choose another name");
        HttpResponse<String> forged = lab.bob.postJson("/api/projects", "{\"name\":\"alice~" + NAME + "\"}");
        assertThat(forged.statusCode()).as("an id is not a name").isEqualTo(400);
        assertThat(forged.body()).contains("is not allowed: expected 1 to 64 lower-case letters");
    }

    @Test
    void sharingWithANameThatHasNoAccountIsAnsweredAsWithOneThatHasAndGrantsNothingLater() throws Exception {
        HttpResponse<String> real = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing",
                "{\"user\":\"bob\",\"access\":\"read\"}");
        lab.alice.postJson("/api/projects/" + PROJECT + "/sharing", "{\"user\":\"bob\",\"access\":\"none\"}");
        HttpResponse<String> unknown = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing",
                "{\"user\":\"carol\",\"access\":\"read\"}");
        assertThat(unknown.statusCode()).isEqualTo(200).isEqualTo(real.statusCode());
        assertThat(unknown.body().replace("carol", "bob")).isEqualTo(real.body());
        assertThat(lab.alice.get("/api/projects/" + PROJECT + "/sharing").body()).contains("\"carol\":\"read\"");
        assertThat(lab.alice.get("/projects/" + PROJECT).body()).contains("<li>carol: read</li>");

        // An account made afterwards with that name was not the one shared with: it sees nothing.
        new UserStore(data.resolve("service"), Clock.systemUTC()).add("carol", Role.MEMBER, PASSWORD);
        User carol = new User(lab.server.url(), "carol").signIn(PASSWORD);
        assertThat(carol.get("/api/projects/" + PROJECT).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = lab.alice.postJson("/api/projects/" + PROJECT + "/sharing", "{\"user\":\"Bad Name\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'Bad Name' is not an account name to share project " + PROJECT);

        JsonNode audit = JSON.readTree(lab.root.get("/api/audit").body());
        assertThat(audit.findValuesAsText("event")).as("bob's share and its end, the probe, carol's sign-in, the bad name")
                .endsWith("share", "share", "share-unknown-user", "sign-in", "share");
        JsonNode probe = audit.get(audit.size() - 3);
        assertThat(probe.path("user").asText()).isEqualTo("alice");
        assertThat(probe.path("status").asInt()).isEqualTo(200);
    }
}
