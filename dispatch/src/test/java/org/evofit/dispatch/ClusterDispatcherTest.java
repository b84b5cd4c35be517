package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.evofit.looper.LocalDispatcher;
import org.evofit.looper.LoopReport;
import org.evofit.looper.Looper;
import org.evofit.looper.RunExecutor;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.evofit.wrapper.model.DataWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local threads and the Quartz cluster behind the same dispatcher seam leave the same sweep directory. */
class ClusterDispatcherTest {

    @TempDir
    Path dir;

    @Test
    void aSweepDispatchedToAWorkerGivesTheFilesALocalRunGives() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: 2\nfit: {generations: 10, population: 12}\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        SweepDirectory local = new SweepDirectory(dir.resolve("local"));
        assertThat(Looper.run(plan, local, new LocalDispatcher(1, new RunExecutor(local, 1)), o -> { }).allSucceeded()).isTrue();

        SweepDirectory remote = new SweepDirectory(dir.resolve("cluster"));
        List<RunOutcome> told = new ArrayList<>();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 2, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     EventLog.NONE)) {
            ClusterDispatcher cluster = new ClusterDispatcher(db, remote, sweepFile.toString(), EventLog.NONE,
                    Duration.ofMillis(200));
            LoopReport report = Looper.run(plan, remote, cluster, told::add);
            assertThat(report.allSucceeded()).isTrue();
            assertThat(db.store().queue().runs(cluster.sweep())).extracting(RunRow::worker).containsOnly("w1");
        }
        assertThat(told).extracting(RunOutcome::ok).containsExactly(true, true);
        for (RunSpec r : plan) {
            for (String file : List.of("parameters.csv", "fit.csv")) {
                assertThat(Files.readAllBytes(remote.dir(r.id()).resolve(file))).as(r.id() + "/" + file)
                        .isEqualTo(Files.readAllBytes(local.dir(r.id()).resolve(file)));
            }
        }
        assertThat(Files.readString(remote.out().resolve(Looper.SUMMARY_CSV)))
                .isEqualTo(Files.readString(local.out().resolve(Looper.SUMMARY_CSV)));
    }

    /**
     * The ORSO example's nan rows are left out of its fit: a run fitted on a worker reports that warning
     * in its outcome, word for word as the same run fitted on a local thread does.
     */
    @Test
    void aRunsOutcomeCarriesTheSameDataWarningsOnTheClusterAsLocally() throws Exception {
        Path ort = Path.of("").toAbsolutePath().getParent().resolve("wrapper/src/test/resources/ort");
        Files.copy(ort.resolve("example.ort"), dir.resolve("example.ort"));
        Files.copy(ort.resolve("example-decay.yaml"), dir.resolve("model.yaml"));
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\nseeds: [3]\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        List<RunOutcome> local = new ArrayList<>();
        SweepDirectory here = new SweepDirectory(dir.resolve("local"));
        assertThat(Looper.run(plan, here, new LocalDispatcher(1, new RunExecutor(here, 1)), local::add).allSucceeded())
                .isTrue();

        List<RunOutcome> remote = new ArrayList<>();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     EventLog.NONE)) {
            ClusterDispatcher cluster = new ClusterDispatcher(db, new SweepDirectory(dir.resolve("cluster")),
                    sweepFile.toString(), EventLog.NONE, Duration.ofMillis(200));
            assertThat(Looper.run(plan, new SweepDirectory(dir.resolve("cluster")), cluster, remote::add).allSucceeded())
                    .isTrue();
        }
        // The count from the file's text, not from evofit's reader.
        long nan = Files.readAllLines(dir.resolve("example.ort")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).filter(l -> l.strip().split("\\s+")[1].equals("nan"))
                .count();
        assertThat(nan).isPositive();
        List<String> told = messages(local);
        assertThat(told).singleElement().asString().contains(nan + " of ", "points have a non-finite R and are left out");
        assertThat(messages(remote)).isEqualTo(told);
        assertThat(remote.get(0).warnings().get(0).counts()).isEqualTo(local.get(0).warnings().get(0).counts());
    }

    private static List<String> messages(List<RunOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0).warnings().stream().map(DataWarning::message).toList();
    }

    @Test
    void aSweepThatMakesNoProgressEndsTheWaitSayingWhereItIs() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model + "\nseeds: 2\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        List<RunOutcome> told = new ArrayList<>();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4)) {
            // No worker is up: nothing moves, and a stall limit of zero gives up at the first look.
            ClusterDispatcher cluster = new ClusterDispatcher(db, new SweepDirectory(dir.resolve("cluster")),
                    sweepFile.toString(), EventLog.NONE, Duration.ofMillis(10), Duration.ZERO);
            assertThatThrownBy(() -> cluster.run(plan, told::add))
                    .isInstanceOf(ProgressWait.Stalled.class)
                    .hasMessageContaining("no progress for 0 s while waiting until sweep " + cluster.sweep() + " has ended")
                    .hasMessageContaining("(last seen: 2 queued)")
                    .hasMessageContaining("is a worker running (evofit status)?")
                    .hasMessageContaining("evofit results " + cluster.sweep());
            assertThat(db.store().queue().runs(cluster.sweep())).extracting(RunRow::status)
                    .containsOnly(RunStatus.QUEUED).hasSize(2);
        }
        assertThat(told).isEmpty();
    }
}
