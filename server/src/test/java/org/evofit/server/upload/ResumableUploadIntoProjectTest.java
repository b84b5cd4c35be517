package org.evofit.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.evofit.server.git.GitCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service: a resumable upload ends as a commit of the project (the same checks as any upload),
 * and a git clone of the project shows it.
 */
class ResumableUploadIntoProjectTest {

    @TempDir
    Path data;
    @TempDir
    Path client;

    private EvofitServer server;
    private TusClient tus;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        tus = new TusClient(server.url());
        assertThat(new ServiceClient(server.url()).postJson("/api/projects", "{\"name\":\"demo\"}").statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFinishedUploadIsCommittedToTheProjectAndClonedWithGit() throws Exception {
        byte[] measured = Files.readAllBytes(ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));
        String upload = TusClient.location(tus.create("demo", "gauss.dat", measured.length));
        int half = measured.length / 2;
        assertThat(tus.patch(upload, 0, Arrays.copyOfRange(measured, 0, half)).statusCode()).isEqualTo(204);
        HttpResponse<String> last = tus.patch(upload, half, Arrays.copyOfRange(measured, half, measured.length));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(204);

        GitCommand git = new GitCommand(client);
        GitCommand.Outcome clone = git.run(client, "clone", server.url().resolve("/projects/demo.git").toString(), "demo");
        assertThat(clone.exitCode()).as(clone.err()).isZero();
        assertThat(Files.readAllBytes(client.resolve("demo/data/gauss.dat"))).isEqualTo(measured);
        assertThat(git.run(client.resolve("demo"), "log", "-1", "--format=%s").out()).isEqualTo("upload: gauss.dat\n");
    }

    @Test
    void aFileTheProjectDoesNotTakeIsRefusedBeforeAByteIsSent() throws Exception {
        HttpResponse<String> refused = tus.create("demo", "notes.exe", 10);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("notes.exe: not a kind of file a project takes");
        assertThat(tus.create("nope", "a.dat", 10).statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenModelIsRefusedAtItsLineWhenItsLastByteArrivesAndNothingIsStored() throws Exception {
        // Line 4, column 11: a bound that is not a number.
        byte[] model = ("kind: curve\ncomponents:\n  - {name: c, kind: constant,\n"
                + "     value: {value: 1, min: x, max: 2}}\n").getBytes(StandardCharsets.UTF_8);
        String upload = TusClient.location(tus.create("demo", "bad.yaml", model.length));

        HttpResponse<String> last = tus.patch(upload, 0, model);

        assertThat(last.statusCode()).isEqualTo(400);
        assertThat(last.body()).contains("\"file\":\"models/bad.yaml\"").contains("\"line\":4");
        assertThat(data.resolve("projects/demo/models/bad.yaml")).doesNotExist();
        assertThat(tus.head(upload).statusCode()).isEqualTo(404);
        assertThat(ResumableUploadsTest.filesIn(data.resolve("uploads"))).isEmpty();
    }
}
