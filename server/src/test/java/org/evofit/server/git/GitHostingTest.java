package org.evofit.server.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.app.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's repository, made with JGit in the contract's layout (work tree
 * {@code projects/NAME/}), cloned over HTTP with the real git binary; pushes and other paths refused.
 */
class GitHostingTest {

    private static final String MODEL = "name: film\nlayers: []\n";
    private static final byte[] DATA = "0.01 1.0 0.1\n0.02 0.5 0.05\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;
    @TempDir
    Path client;

    private EvofitServer server;
    private GitCommand git;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        git = new GitCommand(client);
        Path project = data.resolve("projects/demo");
        try (Git repo = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(project.resolve("models"));
            Files.writeString(project.resolve("models/model.yaml"), MODEL);
            repo.add().addFilepattern("models/model.yaml").call();
            repo.commit().setMessage("upload models/model.yaml").setAuthor("evofit", "evofit@localhost").call();
            Files.createDirectories(project.resolve("data"));
            Files.write(project.resolve("data/a.dat"), DATA);
            repo.add().addFilepattern("data/a.dat").call();
            repo.commit().setMessage("upload data/a.dat").setAuthor("evofit", "evofit@localhost").call();
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String path) {
        return server.url().resolve(path).toString();
    }

    @Test
    void gitClonesAProjectWithItsFilesAndCommitMessages() throws Exception {
        GitCommand.Outcome clone = git.run(client, "clone", url("/projects/demo.git"), "demo");
        assertThat(clone.exitCode()).as(clone.err()).isZero();

        Path copy = client.resolve("demo");
        assertThat(Files.readString(copy.resolve("models/model.yaml"))).isEqualTo(MODEL);
        assertThat(Files.readAllBytes(copy.resolve("data/a.dat"))).isEqualTo(DATA);
        assertThat(git.run(copy, "log", "--format=%s").out()).isEqualTo("upload data/a.dat\nupload models/model.yaml\n");
        assertThat(git.run(copy, "fsck", "--strict").exitCode()).isZero();
    }

    @Test
    void aPushIsRefusedWithAMessageAndChangesNothing() throws Exception {
        assertThat(git.run(client, "clone", url("/projects/demo.git"), "demo").exitCode()).isZero();
        Path copy = client.resolve("demo");
        Files.writeString(copy.resolve("models/other.yaml"), "name: other\n");
        assertThat(git.run(copy, "add", ".").exitCode()).isZero();
        assertThat(git.run(copy, "commit", "-m", "pushed").exitCode()).isZero();

        GitCommand.Outcome push = git.run(copy, "push", "origin", "main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.err()).contains("project demo is served read-only: git push is not accepted");
        try (Git repo = Git.open(data.resolve("projects/demo").toFile())) {
            assertThat(repo.log().call().iterator().next().getShortMessage()).isEqualTo("upload data/a.dat");
        }
    }

    @Test
    void aProjectThatDoesNotExistIsNotFound() throws Exception {
        GitCommand.Outcome clone = git.run(client, "clone", url("/projects/nope.git"), "nope");

        assertThat(clone.exitCode()).isNotZero();
        assertThat(clone.err()).contains("no project named 'nope'");
        assertThat(client.resolve("nope")).doesNotExist();
    }

    @Test
    void nothingOutsideTheProjectsCanBeReached() throws Exception {
        // A repository beside projects/, and a project name that is a link to it.
        try (Git outside = Git.init().setDirectory(data.resolve("service/secret").toFile()).call()) {
            Files.writeString(data.resolve("service/secret/key"), "secret");
            outside.add().addFilepattern("key").call();
            outside.commit().setMessage("secret").setAuthor("x", "x@localhost").call();
        }
        Files.createSymbolicLink(data.resolve("projects/link"), data.resolve("service/secret"));

        assertThat(git.run(client, "clone", url("/projects/link.git"), "a").err()).contains("no project named 'link'");
        for (String path : new String[] {"/projects/..%2Fservice%2Fsecret.git/info/refs?service=git-upload-pack",
                "/projects/%2e%2e/service/secret.git/info/refs?service=git-upload-pack",
                "/projects/...git/info/refs?service=git-upload-pack",
                "/projects/Demo.git/info/refs?service=git-upload-pack",
                // the dumb protocol's file reads are off: only the smart protocol's answers leave a repository
                "/projects/demo.git/HEAD", "/projects/demo.git/config", "/projects/demo.git/objects/info/packs"}) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
        assertThat(get("/projects/demo.git/info/refs?service=git-upload-pack").statusCode()).isEqualTo(200);
    }

    @Test
    void gitRequestsCarryTheCallersRequestIdOrANewOne() throws Exception {
        String refs = "/projects/demo.git/info/refs?service=git-upload-pack";
        assertThat(get(refs, "X-Request-Id", "clone-7").headers().firstValue("X-Request-Id")).hasValue("clone-7");
        assertThat(get(refs).headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.url().resolve(path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        HttpRequest request = builder.build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
