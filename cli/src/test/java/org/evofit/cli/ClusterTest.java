package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.JdbcRunStore;
import org.evofit.dispatch.QuartzCluster;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.SweepCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;

/** Fits fanned out over worker processes on a shared PostgreSQL store (each test its own database). */
class ClusterTest {

    @TempDir
    Path dir;

    private Path sweep(int seeds, int generations) throws Exception {
        return Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml") + "\n"
                + "seeds: " + seeds + "\nfit: {generations: " + generations + ", population: 20}\n");
    }

    @Test
    void fortyRunsOnThreeWorkersAreEachDoneOnceAndEqualTheLocalLoopBitForBit() throws Exception {
        Path sweep = sweep(40, 40);
        try (Cluster cluster = new Cluster(dir)) {
            for (String w : List.of("w1", "w2", "w3")) {
                cluster.startWorker(w);
            }
            cluster.awaitJoined("w1", "w2", "w3");
            Cli.Run submitted = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();

            SweepCounts counts = cluster.awaitEnded(id);
            assertThat(counts.count(RunStatus.DONE)).isEqualTo(40);
            assertThat(counts.byWorker()).containsOnlyKeys("w1", "w2", "w3");
            assertThat(counts.doneByWorker().values()).allMatch(n -> n > 0);
            List<RunRow> rows = cluster.store().queue().runs(id);
            assertThat(rows).allMatch(r -> r.attempts() == 1);
            // Exactly once: one 'finished' line per run over all workers' logs.
            cluster.awaitFinishedLines(40);
            Map<String, Long> finished = cluster.events().stream().filter(l -> l.contains(" finished "))
                    .map(l -> l.replaceAll(".* run=(\\S+) .*", "$1"))
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            assertThat(finished).hasSize(40).allSatisfy((run, n) -> assertThat(n).isEqualTo(1));

            Path clusterOut = dir.resolve("cluster");
            Cli.Run results = Cli.run(concat(new String[] {"results", id, "--out", clusterOut.toString()}, cluster.dbArgs()));
            assertThat(results.exitCode()).as(results.err()).isZero();
            Path localOut = dir.resolve("local");
            Cli.Run loop = Cli.run("loop", sweep.toString(), "--out", localOut.toString(), "--quiet");
            assertThat(loop.exitCode()).as(loop.err()).isZero();

            ObjectMapper json = new ObjectMapper();
            for (RunRow r : rows) {
                Path c = clusterOut.resolve("runs").resolve(r.id());
                Path l = localOut.resolve("runs").resolve(r.id());
                assertThat(Files.readAllBytes(c.resolve("parameters.csv"))).isEqualTo(Files.readAllBytes(l.resolve("parameters.csv")));
                assertThat(Files.readAllBytes(c.resolve("fit.csv"))).isEqualTo(Files.readAllBytes(l.resolve("fit.csv")));
                long localFom = Double.doubleToRawLongBits(json.readTree(l.resolve("result.json").toFile()).path("fom").asDouble());
                assertThat(Double.doubleToRawLongBits(json.readTree(c.resolve("result.json").toFile()).path("fom").asDouble()))
                        .isEqualTo(localFom);
                assertThat(Double.doubleToRawLongBits(r.fom())).isEqualTo(localFom);
            }
            assertThat(Files.readString(clusterOut.resolve("summary.csv"))).isEqualTo(Files.readString(localOut.resolve("summary.csv")));
            // The local loop's SQLite store holds the same figures of merit and files as the cluster's.
            try (Database local = Database.open(DbConfig.sqlite(localOut.resolve("evofit.db")), 1)) {
                JdbcRunStore localStore = new JdbcRunStore(local.dataSource());
                for (RunRow r : rows) {
                    RunRow l = localStore.queue().run("local", r.id()).orElseThrow();
                    assertThat(Double.doubleToRawLongBits(l.fom())).isEqualTo(Double.doubleToRawLongBits(r.fom()));
                    assertThat(localStore.files().runFiles("local", r.id()).get("parameters.csv"))
                            .isEqualTo(cluster.store().files().runFiles(id, r.id()).get("parameters.csv"));
                }
            }
        }
    }

    @Test
    void aSweepSubmittedWhileNoWorkerRunsCompletesOnceOneStarts() throws Exception {
        Path sweep = sweep(4, 20);
        try (Cluster cluster = new Cluster(dir)) {
            Cli.Run submitted = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            assertThat(cluster.store().queue().counts(id).count(RunStatus.QUEUED)).isEqualTo(4);

            cluster.startWorker("late");
            SweepCounts counts = cluster.awaitEnded(id);
            assertThat(counts.count(RunStatus.DONE)).isEqualTo(4);
            assertThat(counts.doneByWorker()).containsExactly(Map.entry("late", 4));
            Cli.Run status = Cli.run(concat(new String[] {"status", id, "--json"}, cluster.dbArgs()));
            assertThat(status.out()).contains("\"byWorker\":{\"late\":{\"done\":4}}").contains("\"workersJoined\":{\"late\":");
        }
    }

    @Test
    void stoppingEveryWorkerAndStartingThemAgainLosesNoRun() throws Exception {
        Path sweep = sweep(12, 400);
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("a1");
            cluster.startWorker("b1");
            cluster.awaitJoined("a1", "b1");
            Cli.Run submitted = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            String id = submitted.out().strip();
            cluster.await("two runs are done", () -> cluster.store().queue().counts(id).count(RunStatus.DONE) >= 2);
            cluster.stop("a1");
            cluster.stop("b1");
            SweepCounts between = cluster.store().queue().counts(id);
            assertThat(between.count(RunStatus.RUNNING)).as("no run is left running by a worker that left").isZero();
            assertThat(between.count(RunStatus.DONE) + between.count(RunStatus.QUEUED)).isEqualTo(12);

            cluster.startWorker("a2");
            cluster.startWorker("b2");
            SweepCounts end = cluster.awaitEnded(id);
            assertThat(end.count(RunStatus.DONE)).isEqualTo(12);
            cluster.awaitFinishedLines(12);
            Map<String, Long> finished = cluster.events().stream().filter(l -> l.contains(" finished "))
                    .map(l -> l.replaceAll(".* run=(\\S+) .*", "$1"))
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            assertThat(finished).hasSize(12).allSatisfy((run, n) -> assertThat(n).isEqualTo(1));
            assertThat(cluster.events()).anyMatch(l -> l.contains(" left ") && l.contains("worker=a1"));
        }
    }

    @Test
    void aChainedSequenceRunsInOrderAcrossWorkersAndEqualsTheLocalLoop() throws Exception {
        Path sweep = Cli.root().resolve("examples/sequence/sweep.yaml");
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("c1");
            cluster.startWorker("c2");
            Cli.Run submitted = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).as(submitted.err()).isZero();
            String id = submitted.out().strip();
            SweepCounts counts = cluster.awaitEnded(id);
            assertThat(counts.count(RunStatus.DONE)).isEqualTo(6);
            List<RunRow> rows = cluster.store().queue().runs(id);
            for (int i = 1; i < rows.size(); i++) {
                // Each run started only after the run it starts from had recorded its result.
                RunRow previous = rows.get(i - 1);
                assertThat(rows.get(i).spec().startFrom()).isEqualTo(previous.id());
                assertThat(rows.get(i).started()).isAfterOrEqualTo(previous.finished());
            }
            Path clusterOut = dir.resolve("cluster");
            assertThat(Cli.run(concat(new String[] {"results", id, "--out", clusterOut.toString()}, cluster.dbArgs())).exitCode())
                    .isZero();
            Path localOut = dir.resolve("local");
            assertThat(Cli.run("loop", sweep.toString(), "--out", localOut.toString(), "--quiet").exitCode()).isZero();
            assertThat(Files.readString(clusterOut.resolve("summary.csv"))).isEqualTo(Files.readString(localOut.resolve("summary.csv")));
        }
    }

    @Test
    void aCancelledSweepNeverRuns() throws Exception {
        Path sweep = sweep(5, 20);
        try (Cluster cluster = new Cluster(dir)) {
            String id = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs())).out().strip();
            Cli.Run cancelled = Cli.run(concat(new String[] {"cancel", id, "--quiet"}, cluster.dbArgs()));
            assertThat(cancelled.exitCode()).as(cancelled.err()).isZero();
            assertThat(cancelled.out()).contains("5 runs of sweep " + id + " cancelled");
            // A second sweep after it: once the worker has done that one, it has had every chance to run the first.
            String after = Cli.run(concat(new String[] {"submit", sweep(1, 20).toString(), "--quiet"}, cluster.dbArgs())).out().strip();
            cluster.startWorker("w");
            assertThat(cluster.awaitEnded(after).count(RunStatus.DONE)).isEqualTo(1);
            SweepCounts counts = cluster.store().queue().counts(id);
            assertThat(counts.count(RunStatus.CANCELLED)).isEqualTo(5);
            assertThat(counts.byWorker()).isEmpty();
            Cli.Run status = Cli.run(concat(new String[] {"status", id}, cluster.dbArgs()));
            assertThat(status.out()).contains("cancelled 5");
        }
    }

    @Test
    void aSecondWorkerOfTheSameNameIsRefusedAndABadSweepQueuesNothing() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startWorker("same");
            cluster.awaitJoined("same");
            Cli.Run twin = Cli.run(concat(new String[] {"worker", "--name", "same", "--quiet"}, cluster.dbArgs()));
            assertThat(twin.exitCode()).isEqualTo(2);
            assertThat(twin.err()).contains("a worker named same is running");

            Path bad = Files.writeString(dir.resolve("bad.yaml"), "models: " + Cli.repo("examples/peaks/model.yaml")
                    + "\nvary:\n  nosuch.param: [1, 2]\n");
            Cli.Run submitted = Cli.run(concat(new String[] {"submit", bad.toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(submitted.exitCode()).isEqualTo(2);
            assertThat(submitted.err()).contains("bad.yaml:3").contains("unknown parameter 'nosuch.param'");
            assertThat(cluster.store().queue().sweeps()).isEmpty();

            // The refused worker left nothing behind in this JVM: a submission from here still runs.
            Cli.Run good = Cli.run(concat(new String[] {"submit", sweep(1, 20).toString(), "--quiet"}, cluster.dbArgs()));
            assertThat(good.exitCode()).as(good.err()).isZero();
            assertThat(cluster.awaitEnded(good.out().strip()).doneByWorker()).containsExactly(Map.entry("same", 1));
        }
    }

    @Test
    void runJobsAnOlderWorkerLeftInQuartzAreDeletedAtStartAndEveryRunIsStillDoneOnce() throws Exception {
        Path sweep = sweep(2, 20);
        try (Cluster cluster = new Cluster(dir)) {
            String id = Cli.run(concat(new String[] {"submit", sweep.toString(), "--quiet"}, cluster.dbArgs())).out().strip();
            // As an older worker, which fired one Quartz job per run, scheduled them.
            try (Database db = Database.open(cluster.config(), 2)) {
                Scheduler client = QuartzCluster.client(db.dataSource());
                for (RunRow r : cluster.store().queue().runs(id)) {
                    client.scheduleJob(JobBuilder.newJob(LeftRunJob.class).withIdentity(r.id(), id).requestRecovery(true).build(),
                            TriggerBuilder.newTrigger().withIdentity(r.id(), id).startNow().build());
                }
                client.shutdown();
            }

            cluster.startWorker("finder");
            SweepCounts counts = cluster.awaitEnded(id);
            assertThat(counts.count(RunStatus.DONE)).isEqualTo(2);
            assertThat(cluster.store().queue().runs(id)).allMatch(r -> r.attempts() == 1);
            assertThat(cluster.events()).anyMatch(l -> l.contains("deleted 2 run jobs an older worker left"));
            try (Database db = Database.open(cluster.config(), 2); java.sql.Connection c = db.dataSource().getConnection();
                 java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM qrtz_job_details")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    /** The job class of an older worker's run jobs; never run (the worker deletes the jobs before it starts). */
    public static final class LeftRunJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            throw new IllegalStateException("a run job left by an older worker fired");
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
