package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The run store's rules, each checked against SQLite and against PostgreSQL with the same code. */
class JdbcRunStoreTest {

    @TempDir
    Path dir;

    private static RunSpec spec(String id, String startFrom) {
        return new RunSpec(id, Path.of("/m/model.yaml"), Path.of("/d/" + id + ".dat"), new TreeMap<>(Map.of("g.center", 0.1 + 0.2)),
                7, new TreeMap<>(Map.of("generations", "20")), startFrom == null ? null : 1.5, startFrom, startFrom != null);
    }

    private static Map<String, byte[]> files(String text) {
        return Map.of("result.json", text.getBytes(StandardCharsets.UTF_8), "fit.csv", ("x\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    private interface StoreTest {
        void run(JdbcRunStore store, Database db) throws Exception;
    }

    private void with(String kind, StoreTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            test.run(new JdbcRunStore(db.dataSource()), db);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSpecReadBackEqualsTheSpecStored(String kind) throws Exception {
        with(kind, (store, db) -> {
            RunSpec a = spec("a", null);
            RunSpec b = spec("b", "a");
            store.addSweep("s1", "sweep.yaml", List.of(a, b), Map.of());
            assertThat(store.runs("s1")).extracting(RunRow::spec).containsExactly(a, b);
            assertThat(store.runs("s1")).extracting(RunRow::status).containsOnly(RunStatus.QUEUED);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void onlyTheCurrentLeaseRecordsAResult(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            Lease first = store.claim("s1", "a", "w1").orElseThrow();
            // w1 is presumed dead: the run is recovered by w2, then w1 comes back and reports.
            Lease second = store.claim("s1", "a", "w2").orElseThrow();
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(store.recordResult(first, 1.0, files("first"))).isFalse();
            assertThat(store.saveCheckpoint(first, 10, new byte[] {1})).isFalse();
            assertThat(store.release(first)).isFalse();
            assertThat(store.files("s1", "a")).isEmpty();
            assertThat(store.recordResult(second, 2.0, files("second"))).isTrue();
            // Once done, no claim and no second result, not even by the lease that recorded it.
            assertThat(store.recordResult(second, 3.0, files("third"))).isFalse();
            assertThat(store.claim("s1", "a", "w3")).isEmpty();
            RunRow row = store.run("s1", "a").orElseThrow();
            assertThat(row.status()).isEqualTo(RunStatus.DONE);
            assertThat(row.worker()).isEqualTo("w2");
            assertThat(row.fom()).isEqualTo(2.0);
            assertThat(new String(store.files("s1", "a").get("result.json"), StandardCharsets.UTF_8)).isEqualTo("second");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void racingWorkersRecordEachRunExactlyOnce(String kind) throws Exception {
        with(kind, (store, db) -> {
            List<RunSpec> runs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                runs.add(spec("r" + i, null));
            }
            store.addSweep("s1", "sweep.yaml", runs, Map.of());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (RunSpec r : runs) {
                    // Both claim (the second claim is the recovery), then both report at the same moment.
                    Lease original = store.claim("s1", r.id(), "original").orElseThrow();
                    Lease recovered = store.claim("s1", r.id(), "recovered").orElseThrow();
                    CountDownLatch go = new CountDownLatch(1);
                    Callable<Boolean> a = () -> {
                        go.await();
                        return store.recordResult(original, 1.0, files("original"));
                    };
                    Callable<Boolean> b = () -> {
                        go.await();
                        return store.recordResult(recovered, 2.0, files("recovered"));
                    };
                    Future<Boolean> fa = pool.submit(a);
                    Future<Boolean> fb = pool.submit(b);
                    go.countDown();
                    assertThat(fa.get()).as("stale lease of " + r.id()).isFalse();
                    assertThat(fb.get()).as("current lease of " + r.id()).isTrue();
                    assertThat(new String(store.files("s1", r.id()).get("result.json"), StandardCharsets.UTF_8))
                            .isEqualTo("recovered");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.counts("s1").count(RunStatus.DONE)).isEqualTo(20);
            assertThat(store.counts("s1").byWorker()).containsOnlyKeys("recovered");
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM run_files")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(40);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aCheckpointIsKeptAcrossARequeueAndReplacedByALaterOne(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            Lease lease = store.claim("s1", "a", "w1").orElseThrow();
            assertThat(store.saveCheckpoint(lease, 25, new byte[] {1, 2})).isTrue();
            assertThat(store.saveCheckpoint(lease, 50, new byte[] {3, 4, 5})).isTrue();
            assertThat(store.release(lease)).isTrue();
            assertThat(store.run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
            Optional<StoredCheckpoint> cp = store.checkpoint("s1", "a");
            assertThat(cp).isPresent();
            assertThat(cp.get().generation()).isEqualTo(50);
            assertThat(cp.get().bytes()).containsExactly(3, 4, 5);
            Lease next = store.claim("s1", "a", "w2").orElseThrow();
            assertThat(store.markResumed(next, 50)).isTrue();
            assertThat(store.run("s1", "a").orElseThrow().resumedFrom()).isEqualTo(50);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void cancelledAndFailedRunsAreNotClaimedAndCountsFollowTheStates(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", null), spec("c", null)), Map.of());
            Lease a = store.claim("s1", "a", "w1").orElseThrow();
            assertThat(store.recordFailure(a, "bad data", Map.of("error.txt", "bad data\n".getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
            Lease b = store.claim("s1", "b", "w2").orElseThrow();
            SweepCounts counts = store.counts("s1");
            assertThat(counts.count(RunStatus.FAILED)).isEqualTo(1);
            assertThat(counts.count(RunStatus.RUNNING)).isEqualTo(1);
            assertThat(counts.count(RunStatus.QUEUED)).isEqualTo(1);
            assertThat(counts.byWorker()).containsOnlyKeys("w1", "w2");
            assertThat(store.cancel("s1")).isEqualTo(2);
            assertThat(store.claim("s1", "c", "w1")).isEmpty();
            assertThat(store.recordResult(b, 1.0, files("late"))).isFalse();
            assertThat(store.counts("s1").count(RunStatus.CANCELLED)).isEqualTo(2);
            assertThat(store.run("s1", "a").orElseThrow().error()).isEqualTo("bad data");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aChainedRunIsStartableOnlyAfterItsPredecessorIsDone(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", "a"), spec("c", "b")), Map.of());
            assertThat(store.startable("s1")).extracting(RunRow::id).containsExactly("a");
            Lease a = store.claim("s1", "a", "w").orElseThrow();
            assertThat(store.startable(null)).isEmpty();
            store.recordResult(a, 1.0, files("a"));
            assertThat(store.startable("s1")).extracting(RunRow::id).containsExactly("b");
            assertThat(store.successors("s1", "a")).extracting(RunRow::id).containsExactly("b");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void inputFilesAreStoredOncePerContent(String kind) throws Exception {
        with(kind, (store, db) -> {
            byte[] same = "1 2 3\n".getBytes(StandardCharsets.UTF_8);
            store.addSweep("s1", "sweep.yaml", List.of(), Map.of("/x/a.dat", same, "/x/b.dat", same));
            store.addSweep("s2", "sweep.yaml", List.of(), Map.of("/y/a.dat", same));
            assertThat(store.inputs("s1")).containsOnlyKeys("/x/a.dat", "/x/b.dat");
            String sha = store.inputs("s2").get("/y/a.dat");
            assertThat(store.input(sha)).isEqualTo(same);
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM input_files")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void reopeningAMigratedStoreKeepsItsData(String kind) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir)) {
            try (Database db = Database.open(t.config(), 2)) {
                new JdbcRunStore(db.dataSource()).addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            }
            try (Database db = Database.open(t.config(), 2)) {
                assertThat(new JdbcRunStore(db.dataSource()).runs("s1")).hasSize(1);
                try (Connection c = db.dataSource().getConnection();
                     ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM evofit_schema_history WHERE success")) {
                    rs.next();
                    // SQLite has the run store's migration; PostgreSQL also Quartz's tables.
                    assertThat(rs.getInt(1)).isEqualTo(t.isPostgres() ? 2 : 1);
                }
                if (t.isPostgres()) {
                    try (Connection c = db.dataSource().getConnection();
                         ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM qrtz_locks")) {
                        assertThat(rs.next()).isTrue();
                    }
                }
            }
        }
    }
}
