package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** result.json of {@code evofit fit} carries the provenance of the run. */
class ProvenanceInResultTest {

    @TempDir
    Path tmp;

    @Test
    void resultJsonRecordsBuildModelFileRepositoryAndPlatform() throws Exception {
        // The peaks example copied into a fresh repository, so the expected commit is known here.
        Path repo = tmp.resolve("repo");
        Path example = Cli.root().resolve("examples/peaks");
        Files.createDirectories(repo);
        for (String name : new String[] {"model.yaml", "peakfit_gauss.dat"}) {
            Files.copy(example.resolve(name), repo.resolve(name));
        }
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent tester = new PersonIdent("Tester", "tester@example.org");
            head = git.commit().setMessage("peaks").setAuthor(tester).setCommitter(tester).setSign(false).call()
                    .name();
        }
        Path model = repo.resolve("model.yaml");
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.run("fit", model.toString(), "--generations", "5", "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        JsonNode p = result.get("provenance");
        assertThat(p).as("provenance").isNotNull();
        assertThat(p.get("evofitVersion").asText()).isEqualTo(result.get("evofitVersion").asText());
        assertThat(p.get("buildCommit").asText()).matches("[0-9a-f]{40}|unknown");
        assertThat(p.get("modelFile").asText()).isEqualTo(model.toAbsolutePath().toString());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model)));
        assertThat(p.get("modelSha256").asText()).isEqualTo(sha);
        assertThat(p.get("modelRepositoryCommit").asText()).isEqualTo(head);
        assertThat(p.get("modelUncommitted").asBoolean()).isFalse();
        assertThat(p.get("modelUncommitted").isBoolean()).isTrue();
        assertThat(p.get("repositoryUncommitted").asBoolean()).isFalse();
        assertThat(p.get("jvm").get("version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(p.get("jvm").get("vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(p.get("os").get("name").asText()).isEqualTo(System.getProperty("os.name"));
        assertThat(p.get("os").get("arch").asText()).isEqualTo(System.getProperty("os.arch"));
        // The fields that were there before stay at the top level.
        for (String field : new String[] {"seed", "threads", "started", "finished", "fom", "parameters"}) {
            assertThat(result.has(field)).as(field).isTrue();
        }
    }
}
