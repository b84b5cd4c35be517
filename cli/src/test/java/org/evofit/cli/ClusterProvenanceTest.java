package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run fitted on a worker records what the same run fitted by a local loop records: the submitter's
 * model and data paths and the model's git state, not the worker's input cache.
 */
class ClusterProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void aClusterRunRecordsTheSubmittersPathsAndGitStateAsALocalRunDoes() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                + "\nseeds: [3]\nfit: {generations: 15, population: 12}\n");
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("p1");
            Cli.Run submitted = Cli.run(ClusterTest.concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            assertThat(cluster.awaitEnded(id).count(RunStatus.DONE)).isEqualTo(1);
            String run = cluster.store().queue().runs(id).get(0).id();
            cluster.assertRunEqualsLocalLoop(id, run, sweep);

            Path clusterRun = dir.resolve("cluster").resolve("runs").resolve(run);
            Path localRun = dir.resolve("local").resolve("runs").resolve(run);
            ObjectMapper json = new ObjectMapper();
            JsonNode c = json.readTree(clusterRun.resolve("result.json").toFile());
            JsonNode l = json.readTree(localRun.resolve("result.json").toFile());
            assertThat(c.path("model")).isEqualTo(l.path("model"));
            for (String field : List.of("modelFile", "modelSha256", "modelRepositoryCommit", "modelUncommitted",
                    "repositoryUncommitted")) {
                assertThat(c.path("provenance").path(field)).as(field).isEqualTo(l.path("provenance").path(field));
            }
            // The checkout the tests run in is a git repository: the state is known, not null.
            assertThat(c.path("provenance").path("modelRepositoryCommit").isTextual()).isTrue();
            try (Stream<Path> files = Files.list(clusterRun)) {
                for (Path f : files.toList()) {
                    assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                            .doesNotContain("cache-p1");
                }
            }
            if (Files.exists(localRun.resolve("model.json"))) {
                assertThat(Files.readString(clusterRun.resolve("model.json"))).isEqualTo(Files.readString(localRun.resolve("model.json")));
            }
        }
    }
}
