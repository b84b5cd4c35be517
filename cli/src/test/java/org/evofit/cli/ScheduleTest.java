package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit schedule}: a cron trigger re-plans a sweep and picks up data files added since. */
class ScheduleTest {

    @TempDir
    Path dir;

    @Test
    void aCronScheduleQueuesTheRunsOfDataFilesAddedAfterItWasCreated() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        writeData("a", 4.5);
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\ndata: data/*.dat\nfit: {generations: 20}\n");
        Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 10, min: 1, max: 20}, center: {value: 5, min: 3, max: 7},
                     sigma: {value: 1, min: 0.3, max: 2}}
                data:
                  - {name: d, file: data/a.dat}
                fom: diff
                optimizer: {population: 15, generations: 20, seed: 3}
                """);
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("cron");
            String id = cluster.schedule(sweep, "0/2 * * * * ?");
            assertThat(Cli.run(ClusterTest.concat(new String[] {"schedule", "--list"}, cluster.dbArgs())).out())
                    .contains(id).contains("0/2 * * * * ?").contains(sweep.toString());

            cluster.await("the first data file's run is done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) == 1);
            writeData("b", 5.5);
            cluster.await("the new data file's run is done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) == 2);
            assertThat(cluster.store().queue().runs(id)).extracting(RunRow::spec).extracting(s -> s.data().getFileName().toString())
                    .containsExactly("a.dat", "b.dat");

            // a.dat edited in place: new content is a new run, and the worker fits the new content.
            writeData("a", 6.5);
            cluster.await("the edited data file's run is done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) == 3);
            RunRow edited = cluster.store().queue().runs(id).get(2);
            assertThat(edited.spec().data().getFileName().toString()).isEqualTo("a.dat");
            String fitCsv = new String(cluster.store().files().runFiles(id, edited.id()).get("fit.csv"), java.nio.charset.StandardCharsets.UTF_8);
            String peakRow = fitCsv.lines().filter(l -> l.contains(",6.5,")).findFirst().orElseThrow();
            assertThat(Double.parseDouble(peakRow.split(",")[2])).isEqualTo(8.0);

            Cli.Run removed = Cli.run(ClusterTest.concat(new String[] {"schedule", "--remove", id}, cluster.dbArgs()));
            assertThat(removed.exitCode()).as(removed.err()).isZero();
            assertThat(Cli.run(ClusterTest.concat(new String[] {"schedule", "--list"}, cluster.dbArgs())).out()).doesNotContain(id);
            // Later firings never refit: each run was done once.
            assertThat(cluster.store().queue().runs(id)).allMatch(r -> r.attempts() == 1);
        }
    }

    @Test
    void aScheduledRunRecordsItsModelsGitStateAsOfTheRePlanThatAddedIt() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        for (String name : new String[] {"model.yaml", "peakfit_gauss.dat"}) {
            Files.copy(Cli.root().resolve("examples/peaks").resolve(name), repo.resolve(name));
        }
        Path sweep = Files.writeString(repo.resolve("sweep.yaml"), "models: model.yaml\nfit: {generations: 10, population: 12}\n");
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent tester = new PersonIdent("Tester", "tester@example.org");
            head = git.commit().setMessage("peaks").setAuthor(tester).setCommitter(tester).setSign(false).call().name();
        }
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("cron");
            String id = cluster.schedule(sweep, "0/2 * * * * ?");
            cluster.await("the committed model's run is done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) == 1);
            JsonNode committed = provenance(cluster, id, 0);
            assertThat(committed.path("modelRepositoryCommit").asText()).isEqualTo(head);
            assertThat(committed.path("modelUncommitted").isBoolean()).isTrue();
            assertThat(committed.path("modelUncommitted").asBoolean()).isFalse();
            assertThat(committed.path("repositoryUncommitted").asBoolean()).isFalse();
            assertThat(committed.path("modelFile").asText()).isEqualTo(repo.resolve("model.yaml").toString());

            // An edit not committed: the next firing plans a new run (new content), which says so.
            Files.writeString(repo.resolve("model.yaml"), Files.readString(repo.resolve("model.yaml")) + "# edited\n");
            cluster.await("the edited model's run is done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) == 2);
            JsonNode edited = provenance(cluster, id, 1);
            assertThat(edited.path("modelRepositoryCommit").asText()).isEqualTo(head);
            assertThat(edited.path("modelUncommitted").asBoolean()).isTrue();
            assertThat(edited.path("repositoryUncommitted").asBoolean()).isTrue();
        }
    }

    private static JsonNode provenance(Cluster cluster, String sweep, int position) throws Exception {
        String run = cluster.store().queue().runs(sweep).get(position).id();
        return new ObjectMapper().readTree(cluster.store().files().runFiles(sweep, run).get("result.json")).path("provenance");
    }

    @Test
    void anInvalidCronExpressionIsBadInput() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml") + "\n");
        try (Cluster cluster = new Cluster(dir)) {
            Cli.Run run = Cli.run(ClusterTest.concat(new String[] {"schedule", sweep.toString(), "--cron", "every day"},
                    cluster.dbArgs()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("is not a Quartz cron expression");
        }
    }

    private void writeData(String name, double center) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            double x = i * 0.1;
            sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, 8 * Math.exp(-(x - center) * (x - center) / 1.28)));
        }
        Path tmp = dir.resolve("data/." + name + ".tmp");
        Files.writeString(tmp, sb.toString());
        Files.move(tmp, dir.resolve("data/" + name + ".dat"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
