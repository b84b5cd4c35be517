package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pruning sweeps, each rule checked against SQLite and against PostgreSQL with the same code. */
class PrunerTest {

    @TempDir
    Path dir;

    private static final byte[] SHARED = "1 2 3\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ONLY_A = "4 5 6 7\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ONLY_B = "8 9\n".getBytes(StandardCharsets.UTF_8);

    private static RunSpec spec(String id) {
        return new RunSpec(id, Path.of("/m/model.yaml"), Path.of("/d/" + id + ".dat"), new TreeMap<>(Map.of("g.center", 0.3)),
                7, new TreeMap<>(Map.of("generations", "20")), null, null, false);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private interface PruneTest {
        void run(JdbcRunStore store, Database db, boolean postgres) throws Exception;
    }

    private void with(String kind, PruneTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            test.run(new JdbcRunStore(db.dataSource()), db, t.isPostgres());
        }
    }

    /** Records a result for the run, as a worker does. */
    private static void finish(JdbcRunStore store, String sweep, String run, String text) {
        Lease lease = store.leases().claim(sweep, run, "w").orElseThrow();
        store.checkpoints().save(lease, 5, utf8("cp-" + text));
        assertThat(store.leases().recordResult(lease, 1.0, Map.of("result.json", utf8(text), "fit.csv", utf8("x\n" + text)))).isTrue();
    }

    /** Sweep a (runs a1, a2) and sweep b (run b1), done, each reading the shared file and one of its own. */
    private static void twoSweeps(JdbcRunStore store) {
        store.queue().addSweep("a", "a.yaml", List.of(spec("a1"), spec("a2")), Map.of("/x/shared.dat", SHARED, "/x/a.dat", ONLY_A));
        store.queue().addSweep("b", "b.yaml", List.of(spec("b1")), Map.of("/y/shared.dat", SHARED, "/y/b.dat", ONLY_B));
        finish(store, "a", "a1", "alpha");
        finish(store, "a", "a2", "beta");
        finish(store, "b", "b1", "gamma");
    }

    /** Bytes of what {@link #finish} leaves stored for {@code text}: result.json and fit.csv (the checkpoint went with the result). */
    private static long finishedBytes(String text) {
        return text.length() + ("x\n" + text).length();
    }

    private static int rows(Database db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, Integer> tableCounts(Database db) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (String t : List.of("sweeps", "runs", "run_files", "checkpoints", "input_files", "sweep_inputs")) {
            out.put(t, rows(db, t));
        }
        return out;
    }

    /** Every file under {@code root}, by relative path, with its bytes. */
    private static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void pruningOneOfTwoSweepsLeavesTheOthersResultsByteIdentical(String kind) throws Exception {
        with(kind, (store, db, postgres) -> {
            twoSweeps(store);
            ResultsExport.write(store, "b", dir.resolve("before"));
            String shared = store.files().inputs("b").get("/y/shared.dat");
            String onlyB = store.files().inputs("b").get("/y/b.dat");
            String onlyA = store.files().inputs("a").get("/x/a.dat");

            PrunedSweep pruned = new Pruner(db).prune("a").orElseThrow();

            assertThat(pruned).isEqualTo(new PrunedSweep("a", 2, finishedBytes("alpha") + finishedBytes("beta"), 1,
                    ONLY_A.length, 0));
            assertThat(store.queue().hasSweep("a")).isFalse();
            assertThat(store.queue().runs("a")).isEmpty();
            ResultsExport.write(store, "b", dir.resolve("after"));
            Map<String, byte[]> before = tree(dir.resolve("before"));
            Map<String, byte[]> after = tree(dir.resolve("after"));
            assertThat(after.keySet()).isEqualTo(before.keySet()).contains("runs/b1/result.json", "summary.csv");
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
            // The file both read survives with b, a's own file is gone.
            assertThat(store.files().input(shared)).isEqualTo(SHARED);
            assertThat(store.files().input(onlyB)).isEqualTo(ONLY_B);
            assertThatThrownBy(() -> store.files().input(onlyA)).isInstanceOf(StoreException.class);
            assertThat(tableCounts(db)).isEqualTo(Map.of("sweeps", 1, "runs", 1, "run_files", 2, "checkpoints", 0,
                    "input_files", 2, "sweep_inputs", 2));

            // Once b goes too, nobody reads the shared file any more.
            PrunedSweep last = new Pruner(db).prune("b").orElseThrow();
            assertThat(last.inputFiles()).isEqualTo(2);
            assertThat(last.inputBytes()).isEqualTo(SHARED.length + ONLY_B.length);
            assertThat(tableCounts(db).values()).containsOnly(0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSweepWithAQueuedOrRunningRunIsRefusedAndKeptWhole(String kind) throws Exception {
        with(kind, (store, db, postgres) -> {
            twoSweeps(store);
            store.queue().addSweep("c", "c.yaml", List.of(spec("c1"), spec("c2")), Map.of("/z/shared.dat", SHARED));
            store.leases().claim("c", "c1", "w");
            Map<String, Integer> before = tableCounts(db);
            Pruner pruner = new Pruner(db);

            assertThat(pruner.active(List.of("a", "c", "b"))).containsExactly(Map.entry("c", 2));
            assertThatThrownBy(() -> pruner.prune("c")).isInstanceOf(SweepActiveException.class)
                    .hasMessageContaining("sweep c has 2 queued or running runs");
            assertThat(tableCounts(db)).isEqualTo(before);

            // --force: cancelled first, as evofit cancel does, then pruned.
            assertThat(Submitter.cancel(db, "c", EventLog.NONE)).isEqualTo(2);
            assertThat(pruner.prune("c").orElseThrow().runs()).isEqualTo(2);
            assertThat(store.queue().hasSweep("c")).isFalse();
            assertThat(pruner.prune("c")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDryRunDeletesNothingAndForeseesWhatPruningDeletes(String kind) throws Exception {
        with(kind, (store, db, postgres) -> {
            twoSweeps(store);
            Map<String, Integer> before = tableCounts(db);
            Pruner pruner = new Pruner(db);

            List<PrunedSweep> preview = pruner.preview(List.of("a", "b"));

            assertThat(tableCounts(db)).isEqualTo(before);
            assertThat(store.files().runFiles("a", "a1")).containsKeys("result.json", "fit.csv");
            // The shared file is freed by the second sweep, once the first is gone.
            assertThat(preview).containsExactly(
                    new PrunedSweep("a", 2, finishedBytes("alpha") + finishedBytes("beta"), 1, ONLY_A.length, 0),
                    new PrunedSweep("b", 1, finishedBytes("gamma"), 2, SHARED.length + ONLY_B.length, 0));
            assertThat(List.of(pruner.prune("a").orElseThrow(), pruner.prune("b").orElseThrow())).isEqualTo(preview);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void finishedBeforeTakesOnlySweepsWhoseRunsAllEndedBeforeTheCutoff(String kind) throws Exception {
        with(kind, (unused, db, postgres) -> {
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            JdbcRunStore early = new JdbcRunStore(db.dataSource(), Clock.fixed(t0, ZoneOffset.UTC));
            JdbcRunStore late = new JdbcRunStore(db.dataSource(), Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC));
            early.queue().addSweep("old", "o.yaml", List.of(spec("o1")), Map.of());
            finish(early, "old", "o1", "o");
            early.queue().addSweep("mixed", "m.yaml", List.of(spec("m1"), spec("m2")), Map.of());
            finish(early, "mixed", "m1", "m");
            finish(late, "mixed", "m2", "n");
            early.queue().addSweep("waiting", "w.yaml", List.of(spec("w1")), Map.of());
            early.queue().addSweep("empty", "e.yaml", List.of(), Map.of());
            late.queue().addSweep("new", "n.yaml", List.of(), Map.of());

            Pruner pruner = new Pruner(db);
            assertThat(pruner.finishedBefore(t0.plusSeconds(1800))).containsExactlyInAnyOrder("old", "empty");
            assertThat(pruner.finishedBefore(t0)).isEmpty();
            assertThat(pruner.finishedBefore(t0.plusSeconds(7200))).containsExactlyInAnyOrder("old", "mixed", "empty", "new");
        });
    }

    /** Cluster store only: Quartz's tables (schedules) exist on PostgreSQL alone. */
    @Test
    void aPrunedSweepsScheduleGoesWithItAndNoOtherWhileASweepWithoutOneHasNoQuartzRows() throws Exception {
        with("postgres", (store, db, postgres) -> {
            twoSweeps(store);
            Path sweepFile = Path.of("").toAbsolutePath().getParent().resolve("examples/sequence/sweep.yaml");
            String kept = Schedules.create(db, sweepFile, "0 0 3 * * ?");
            String gone = Schedules.create(db, sweepFile, "0 0 4 * * ?");
            Pruner pruner = new Pruner(db);
            assertThat(pruner.preview(List.of("a")).get(0).quartzJobs()).isZero();
            assertThat(pruner.prune("a").orElseThrow().quartzJobs()).isZero();
            assertThat(pruner.preview(List.of(gone)).get(0).quartzJobs()).isEqualTo(1);
            assertThat(pruner.prune(gone).orElseThrow().quartzJobs()).isEqualTo(1);
            assertThat(Schedules.list(db)).extracting(Schedules.Schedule::id).containsExactly(kept);
            assertThat(rows(db, "qrtz_cron_triggers")).isEqualTo(1);
            assertThat(rows(db, "qrtz_job_details")).isEqualTo(1);
        });
    }

    @Test
    void aScheduledSweepIsNotTakenByAgeButGoesWithItsScheduleWhenNamed() throws Exception {
        with("postgres", (store, db, postgres) -> {
            Path sweepFile = Path.of("").toAbsolutePath().getParent().resolve("examples/sequence/sweep.yaml");
            String id = Schedules.create(db, sweepFile, "0 0 3 * * ?");
            Pruner pruner = new Pruner(db);
            assertThat(pruner.finishedBefore(Instant.now().plusSeconds(3600))).doesNotContain(id);
            assertThat(pruner.prune(id).orElseThrow().quartzJobs()).isEqualTo(1);
            assertThat(Schedules.list(db)).isEmpty();
            assertThat(rows(db, "qrtz_cron_triggers")).isZero();
        });
    }
}
