package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
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
import org.evofit.wrapper.provenance.RepositoryState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link RunStore} contract, each rule checked against the SQLite and the PostgreSQL store (the
 * same test code, the store under test chosen by the parameter).
 */
class RunStoreContractTest {

    @TempDir
    Path dir;

    static RunSpec spec(String id, String startFrom) {
        return new RunSpec(id, Path.of("/m/model.yaml"), Path.of("/d/" + id + ".dat"), new TreeMap<>(Map.of("g.center", 0.1 + 0.2)),
                7, new TreeMap<>(Map.of("generations", "20")), startFrom == null ? null : 1.5, startFrom, startFrom != null);
    }

    static Map<String, byte[]> files(String text) {
        return Map.of("result.json", text.getBytes(StandardCharsets.UTF_8), "fit.csv", ("x\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    private interface StoreTest {
        void run(RunStore store, Database db) throws Exception;
    }

    private void with(String kind, StoreTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            test.run(db.store(), db);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSpecReadBackEqualsTheSpecStored(String kind) throws Exception {
        with(kind, (store, db) -> {
            RunSpec a = spec("a", null);
            RunSpec b = spec("b", "a");
            store.queue().addSweep("s1", "sweep.yaml", List.of(a, b), Map.of());
            assertThat(store.queue().runs("s1")).extracting(RunRow::spec).containsExactly(a, b);
            assertThat(store.queue().runs("s1")).extracting(RunRow::status).containsOnly(RunStatus.QUEUED);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSweepKeepsTheRequestIdItWasSubmittedWith(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of(), Map.of(), "req-7");
            store.queue().addSweep("s2", "sweep.yaml", List.of(spec("a", null)), Map.of());
            assertThat(store.queue().request("s1")).contains("req-7");
            assertThat(store.queue().request("s2")).isEmpty();
            assertThat(store.queue().request("none")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theWorkersCpuTimeAddsUpPerRunAndIsListedByOwner(String kind) throws Exception {
        with(kind, (store, db) -> {
            Instant before = Instant.now().minusSeconds(1);
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", null)), Map.of(), Map.of(), null,
                    RunPriority.NORMAL, "alice", null);
            store.queue().addSweep("s2", "sweep.yaml", List.of(spec("a", null)), Map.of(), Map.of(), null, RunPriority.LOW, "bob", null);
            store.queue().addCpu("s1", "a", 1.5);
            store.queue().addCpu("s1", "a", 1.25);
            store.queue().addCpu("s1", "b", 2.0);
            store.queue().addCpu("s2", "a", 7.0);
            assertThat(store.queue().cpuUses("alice", before)).extracting(CpuUse::seconds).containsExactlyInAnyOrder(2.75, 2.0);
            assertThat(store.queue().cpuUses("alice", before)).allMatch(u -> !u.at().isBefore(before));
            assertThat(store.queue().cpuUses("bob", before)).extracting(CpuUse::seconds).containsExactly(7.0);
            assertThat(store.queue().cpuUses("alice", Instant.now().plusSeconds(60))).isEmpty();
            assertThat(store.queue().cpuUses("carol", before)).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void anOwnersSweepWaitsUntilOneOfItsRunsStarts(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", null)), Map.of(), Map.of(), null,
                    RunPriority.NORMAL, "alice", null);
            store.queue().addSweep("s2", "sweep.yaml", List.of(spec("a", null)), Map.of(), Map.of(), null, RunPriority.NORMAL,
                    "alice", null);
            store.queue().addSweep("s3", "sweep.yaml", List.of(spec("a", null)), Map.of());
            assertThat(store.queue().waitingSweeps("alice")).isEqualTo(2);
            assertThat(store.leases().claim("s1", "a", "w1")).isPresent();
            assertThat(store.queue().waitingSweeps("alice")).as("s1 has a run started").isEqualTo(1);
            store.queue().cancel("s2");
            assertThat(store.queue().waitingSweeps("alice")).isZero();
            assertThat(store.queue().waitingSweeps("bob")).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void onlyTheCurrentLeaseRecordsAResult(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            Lease first = store.leases().claim("s1", "a", "w1").orElseThrow();
            // w1 is presumed dead: the run is recovered by w2, then w1 comes back and reports.
            Lease second = store.leases().claim("s1", "a", "w2").orElseThrow();
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(store.leases().recordResult(first, 1.0, files("first"))).isFalse();
            assertThat(store.checkpoints().save(first, 10, new byte[] {1})).isFalse();
            assertThat(store.leases().release(first)).isFalse();
            assertThat(store.files().runFiles("s1", "a")).isEmpty();
            assertThat(store.leases().recordResult(second, 2.0, files("second"))).isTrue();
            // Once done, no claim and no second result, not even by the lease that recorded it.
            assertThat(store.leases().recordResult(second, 3.0, files("third"))).isFalse();
            assertThat(store.leases().claim("s1", "a", "w3")).isEmpty();
            RunRow row = store.queue().run("s1", "a").orElseThrow();
            assertThat(row.status()).isEqualTo(RunStatus.DONE);
            assertThat(row.worker()).isEqualTo("w2");
            assertThat(row.fom()).isEqualTo(2.0);
            assertThat(new String(store.files().runFiles("s1", "a").get("result.json"), StandardCharsets.UTF_8)).isEqualTo("second");
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
            store.queue().addSweep("s1", "sweep.yaml", runs, Map.of());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (RunSpec r : runs) {
                    // Both claim (the second claim is the recovery), then both report at the same moment.
                    Lease original = store.leases().claim("s1", r.id(), "original").orElseThrow();
                    Lease recovered = store.leases().claim("s1", r.id(), "recovered").orElseThrow();
                    CountDownLatch go = new CountDownLatch(1);
                    Callable<Boolean> a = () -> {
                        go.await();
                        return store.leases().recordResult(original, 1.0, files("original"));
                    };
                    Callable<Boolean> b = () -> {
                        go.await();
                        return store.leases().recordResult(recovered, 2.0, files("recovered"));
                    };
                    Future<Boolean> fa = pool.submit(a);
                    Future<Boolean> fb = pool.submit(b);
                    go.countDown();
                    assertThat(fa.get()).as("stale lease of " + r.id()).isFalse();
                    assertThat(fb.get()).as("current lease of " + r.id()).isTrue();
                    assertThat(new String(store.files().runFiles("s1", r.id()).get("result.json"), StandardCharsets.UTF_8))
                            .isEqualTo("recovered");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.queue().counts("s1").count(RunStatus.DONE)).isEqualTo(20);
            assertThat(store.queue().counts("s1").byWorker()).containsOnlyKeys("recovered");
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
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            Lease lease = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(store.checkpoints().save(lease, 25, new byte[] {1, 2})).isTrue();
            assertThat(store.checkpoints().save(lease, 50, new byte[] {3, 4, 5})).isTrue();
            assertThat(store.leases().release(lease)).isTrue();
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
            Optional<StoredCheckpoint> cp = store.checkpoints().latest("s1", "a");
            assertThat(cp).isPresent();
            assertThat(cp.get().generation()).isEqualTo(50);
            assertThat(cp.get().bytes()).containsExactly(3, 4, 5);
            Lease next = store.leases().claim("s1", "a", "w2").orElseThrow();
            assertThat(store.checkpoints().markResumed(next, 50)).isTrue();
            assertThat(store.queue().run("s1", "a").orElseThrow().resumedFrom()).isEqualTo(50);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void recordingAResultDeletesTheRunsCheckpointAndNoOtherRuns(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", null)), Map.of());
            Lease a = store.leases().claim("s1", "a", "w1").orElseThrow();
            Lease b = store.leases().claim("s1", "b", "w1").orElseThrow();
            assertThat(store.checkpoints().save(a, 25, new byte[] {1, 2})).isTrue();
            assertThat(store.checkpoints().save(b, 30, new byte[] {3})).isTrue();
            assertThat(store.leases().recordResult(a, 1.5, files("a"))).isTrue();
            assertThat(store.checkpoints().latest("s1", "a")).isEmpty();
            assertThat(store.checkpoints().latest("s1", "b")).isPresent();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aLaterAttemptsResultDeletesTheCheckpointsAnEarlierAttemptLeftThroughAnotherStore(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            // The first attempt, on another worker (its own store over the same database), checkpoints and stops.
            RunStore other = new JdbcRunStore(db.dataSource());
            Lease first = other.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(other.checkpoints().save(first, 25, new byte[] {1, 2})).isTrue();
            assertThat(other.chainCheckpoints().replace(first, 3, new byte[] {4})).isTrue();
            assertThat(other.leases().release(first)).isTrue();
            Lease second = store.leases().claim("s1", "a", "w2").orElseThrow();
            assertThat(store.leases().recordResult(second, 1.5, files("a"))).isTrue();
            assertThat(store.checkpoints().latest("s1", "a")).isEmpty();
            assertThat(store.chainCheckpoints().latest("s1", "a")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void cancelledAndFailedRunsAreNotClaimedAndCountsFollowTheStates(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", null), spec("c", null)), Map.of());
            Lease a = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(store.leases().recordFailure(a, "bad data", Map.of("error.txt", "bad data\n".getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
            Lease b = store.leases().claim("s1", "b", "w2").orElseThrow();
            SweepCounts counts = store.queue().counts("s1");
            assertThat(counts.count(RunStatus.FAILED)).isEqualTo(1);
            assertThat(counts.count(RunStatus.RUNNING)).isEqualTo(1);
            assertThat(counts.count(RunStatus.QUEUED)).isEqualTo(1);
            assertThat(counts.byWorker()).containsOnlyKeys("w1", "w2");
            assertThat(store.queue().cancel("s1")).isEqualTo(2);
            assertThat(store.leases().claim("s1", "c", "w1")).isEmpty();
            assertThat(store.leases().recordResult(b, 1.0, files("late"))).isFalse();
            assertThat(store.queue().counts("s1").count(RunStatus.CANCELLED)).isEqualTo(2);
            assertThat(store.queue().run("s1", "a").orElseThrow().error()).isEqualTo("bad data");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aChainedRunIsStartableOnlyAfterItsPredecessorIsDone(String kind) throws Exception {
        with(kind, (store, db) -> {
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null), spec("b", "a"), spec("c", "b")), Map.of());
            assertThat(store.queue().startable("s1")).extracting(RunRow::id).containsExactly("a");
            Lease a = store.leases().claim("s1", "a", "w").orElseThrow();
            assertThat(store.queue().startable(null)).isEmpty();
            store.leases().recordResult(a, 1.0, files("a"));
            assertThat(store.queue().startable("s1")).extracting(RunRow::id).containsExactly("b");
            assertThat(store.queue().successors("s1", "a")).extracting(RunRow::id).containsExactly("b");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void inputFilesAreStoredOncePerContent(String kind) throws Exception {
        with(kind, (store, db) -> {
            byte[] same = "1 2 3\n".getBytes(StandardCharsets.UTF_8);
            store.queue().addSweep("s1", "sweep.yaml", List.of(), Map.of("/x/a.dat", same, "/x/b.dat", same));
            store.queue().addSweep("s2", "sweep.yaml", List.of(), Map.of("/y/a.dat", same));
            assertThat(store.files().inputs("s1")).containsOnlyKeys("/x/a.dat", "/x/b.dat");
            String sha = store.files().inputs("s2").get("/y/a.dat");
            assertThat(store.files().input(sha)).isEqualTo(same);
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM input_files")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aGrowingSweepGetsOnlyItsNewRunsAfterItsLastOne(String kind) throws Exception {
        with(kind, (store, db) -> {
            assertThat(store.queue().addMissingRuns("local", "sweep.yaml", List.of(spec("a", null)))).extracting(RunSpec::id)
                    .containsExactly("a");
            assertThat(store.queue().addMissingRuns("local", "sweep.yaml", List.of(spec("a", null), spec("b", "a"))))
                    .extracting(RunSpec::id).containsExactly("b");
            byte[] first = "1\n".getBytes(StandardCharsets.UTF_8);
            byte[] edited = "2\n".getBytes(StandardCharsets.UTF_8);
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("x", null)), Map.of("/d/x.dat", first));
            assertThat(store.queue().addRuns("s1", List.of(spec("x", null), spec("y", null)),
                    InputFiles.Gathered.readable(Map.of("/d/x.dat", edited)), Map.of()))
                    .extracting(RunSpec::id).containsExactly("y");
            assertThat(store.queue().runs("local")).extracting(RunRow::id).containsExactly("a", "b");
            assertThat(store.queue().runs("s1")).extracting(RunRow::id).containsExactly("x", "y");
            assertThat(store.files().input(store.files().inputs("s1").get("/d/x.dat"))).isEqualTo(edited);
            assertThat(store.queue().sweeps()).containsExactlyInAnyOrder("local", "s1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void eachRunKeepsTheGitStateItsModelHadWhenTheRunWasAdded(String kind) throws Exception {
        with(kind, (store, db) -> {
            RepositoryState submitted = new RepositoryState("a".repeat(40), false, false);
            RepositoryState edited = new RepositoryState("a".repeat(40), true, true);
            store.queue().addSweep("s1", "sweep.yaml", List.of(spec("x", null)), Map.of(), Map.of("/m/model.yaml", submitted));
            // A re-plan after the model was edited: its new run has the edited state, the run it keeps its own.
            store.queue().addRuns("s1", List.of(spec("x", null), spec("y", null)), InputFiles.Gathered.readable(Map.of()),
                    Map.of("/m/model.yaml", edited));
            store.queue().addRuns("s1", List.of(spec("z", null)), InputFiles.Gathered.readable(Map.of()), Map.of());
            assertThat(store.queue().origin("s1", "x")).contains(submitted);
            assertThat(store.queue().origin("s1", "y")).contains(edited);
            assertThat(store.queue().origin("s1", "z")).isEmpty();
            assertThat(store.queue().origin("s1", "nope")).isEmpty();
            // A run stored before runs had their own origin reads its sweep's, by model path.
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE sweeps SET origins = '{\"/m/model.yaml\": {\"headCommit\": \"" + "b".repeat(40)
                        + "\", \"fileUncommitted\": false, \"repositoryUncommitted\": true}}' WHERE id = 's1'");
            }
            assertThat(store.queue().origin("s1", "z")).contains(new RepositoryState("b".repeat(40), false, true));
            assertThat(store.queue().origin("s1", "x")).contains(submitted);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aWorkerIsRegisteredByItsHeartbeatUntilItLeaves(String kind) throws Exception {
        with(kind, (store, db) -> {
            Instant started = Instant.parse("2026-01-01T00:00:00Z");
            store.workers().heartbeat("w1", "host-a", 11, 2, started);
            store.workers().heartbeat("w2", "host-b", 12, 1, started);
            store.workers().heartbeat("w1", "host-a", 11, 2, started);
            assertThat(store.workers().heartbeats()).containsOnlyKeys("w1", "w2");
            assertThat(store.workers().last("w2")).hasValueSatisfying(b -> {
                assertThat(b.host()).isEqualTo("host-b");
                assertThat(b.pid()).isEqualTo(12);
            });
            store.workers().leave("w1");
            assertThat(store.workers().last("w1")).isEmpty();
            assertThat(store.workers().heartbeats()).containsOnlyKeys("w2");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aMissingInputFileIsAStoreError(String kind) throws Exception {
        with(kind, (store, db) -> assertThatThrownBy(() -> store.files().input("0".repeat(64)))
                .isInstanceOf(StoreException.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void reopeningAMigratedStoreKeepsItsData(String kind) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir)) {
            try (Database db = Database.open(t.config(), 2)) {
                db.store().queue().addSweep("s1", "sweep.yaml", List.of(spec("a", null)), Map.of());
            }
            try (Database db = Database.open(t.config(), 2)) {
                assertThat(db.store().queue().runs("s1")).hasSize(1);
                try (Connection c = db.dataSource().getConnection();
                     ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM evofit_schema_history WHERE success")) {
                    rs.next();
                    // SQLite has the run store's migrations (V1, V3 to V14); PostgreSQL also Quartz's tables (V2).
                    assertThat(rs.getInt(1)).isEqualTo(t.isPostgres() ? 14 : 13);
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
