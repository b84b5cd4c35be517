package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slot's claim straight from the PostgreSQL run store ({@link RunClaims}): the most urgent run first,
 * concurrent claims never take one run twice, an owner's bound holds under concurrent claims, and a dead
 * worker's (or a restarted worker's predecessor's) runs are claimed again while a live worker's are not.
 */
class RunClaimsTest {

    @TempDir
    Path dir;

    private interface DbTest {
        void run(Database db, RunStore store) throws Exception;
    }

    private static void with(DbTest test) throws Exception {
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 12)) {
            test.run(db, db.store());
        }
    }

    /** A live worker's claims: its heartbeat is fresh, as {@link Presence} keeps it. */
    private static RunClaims claims(Database db, String worker) {
        return claims(db, worker, Instant.now());
    }

    private static RunClaims claims(Database db, String worker, Instant started) {
        db.store().workers().heartbeat(worker, "h", 9, 1, started);
        return new RunClaims(new JdbcAccess(db.dataSource(), Clock.systemUTC()), worker, started);
    }

    @Test
    void aMembersRunComesBeforeEarlierGuestsAndAChainWaitsForItsPredecessor() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("guest", "s.yaml", List.of(RunStoreContractTest.spec("a", null)), Map.of(), Map.of(), null,
                    RunPriority.LOW, "guest1", null);
            store.queue().addSweep("member", "s.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", "a")), Map.of(), Map.of(), null, RunPriority.NORMAL, "alice", null);
            RunClaims w1 = claims(db, "w1");
            Lease first = w1.next().orElseThrow();
            assertThat(first.sweep() + "/" + first.run()).isEqualTo("member/a");
            assertThat(first.attempt()).isEqualTo(1);
            // member/b starts from member/a, which is running: the guest's run is next.
            assertThat(w1.next().orElseThrow().sweep()).isEqualTo("guest");
            assertThat(w1.next()).isEmpty();
            assertThat(store.leases().recordResult(first, 1.0, RunStoreContractTest.files("a"))).isTrue();
            assertThat(w1.next().orElseThrow().run()).isEqualTo("b");
        });
    }

    @Test
    void concurrentClaimsTakeEachRunOnceAndKeepTheOwnersBound() throws Exception {
        with((db, store) -> {
            List<org.evofit.looper.RunSpec> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(RunStoreContractTest.spec("r" + i, null));
            }
            store.queue().addSweep("free", "s.yaml", runs, Map.of(), Map.of(), null, RunPriority.NORMAL, "bob", null);
            store.queue().addSweep("bound", "s.yaml", runs, Map.of(), Map.of(), null, RunPriority.NORMAL, "alice", null);
            store.queue().limitRunning("alice", 2);
            int slots = 8;
            CyclicBarrier start = new CyclicBarrier(slots);
            ExecutorService pool = Executors.newFixedThreadPool(slots);
            List<Future<List<Lease>>> taken = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                RunClaims claims = claims(db, "w" + s);
                Callable<List<Lease>> slot = () -> {
                    start.await();
                    List<Lease> mine = new ArrayList<>();
                    for (Optional<Lease> l = claims.next(); l.isPresent(); l = claims.next()) {
                        mine.add(l.get());
                    }
                    return mine;
                };
                taken.add(pool.submit(slot));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<Lease>> f : taken) {
                f.get().forEach(l -> all.add(l.sweep() + "/" + l.run()));
            }
            pool.shutdown();
            assertThat(all).doesNotHaveDuplicates();
            assertThat(all.stream().filter(r -> r.startsWith("free/"))).hasSize(12);
            assertThat(all.stream().filter(r -> r.startsWith("bound/"))).as("alice's bound").hasSize(2);
            assertThat(store.queue().counts("bound").count(RunStatus.RUNNING)).isEqualTo(2);
        });
    }

    @Test
    void aDeadWorkersRunsAndARestartedWorkersPredecessorsAreClaimedAgainALiveWorkersAreNot() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("s1", "s.yaml", List.of(RunStoreContractTest.spec("dead", null),
                    RunStoreContractTest.spec("live", null), RunStoreContractTest.spec("mine", null)), Map.of());
            RunStore past = new JdbcRunStore(db.dataSource(), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-60)));
            past.workers().heartbeat("gone", "h", 1, 1, Instant.now().minusSeconds(120));
            store.workers().heartbeat("alive", "h", 2, 1, Instant.now());
            store.workers().heartbeat("w1", "h", 3, 1, Instant.now().minusSeconds(5));
            Lease dead = store.leases().claim("s1", "dead", "gone").orElseThrow();
            store.leases().claim("s1", "live", "alive").orElseThrow();
            store.leases().claim("s1", "mine", "w1").orElseThrow();

            RunClaims other = claims(db, "other");
            Lease recovered = other.next().orElseThrow();
            assertThat(recovered.run()).isEqualTo("dead");
            assertThat(recovered.attempt()).isEqualTo(2);
            assertThat(store.leases().recordResult(dead, 1.0, Map.of())).as("the dead worker's lease is gone").isFalse();
            assertThat(other.next()).as("live workers' runs").isEmpty();
            // w1 restarted under its name (started after its predecessor claimed): it takes its predecessor's run.
            Lease taken = claims(db, "w1", Instant.now().plusSeconds(1)).next().orElseThrow();
            assertThat(taken.run()).isEqualTo("mine");
            assertThat(taken.attempt()).isEqualTo(2);
        });
    }

    @Test
    void aClaimWhoseAcknowledgementWasLostIsHandedBackAndTheHeldOneIsKept() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("s1", "s.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null), RunStoreContractTest.spec("c", null)), Map.of());
            store.workers().heartbeat("w1", "h", 9, 1, Instant.now());
            AckLoss connection = new AckLoss(db.dataSource());
            RunClaims w1 = new RunClaims(new JdbcAccess(connection.dataSource(), Clock.systemUTC()), "w1", Instant.now());

            connection.loseNextAcknowledgement();
            Lease held = w1.next().orElseThrow();
            assertThat(connection.lost()).isEqualTo(1);
            // The retry claimed the next run; the first is running under w1, and no slot of w1 holds it.
            assertThat(held.run()).isEqualTo("b");
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(claims(db, "other").next().orElseThrow().run()).as("w1 is alive: a is not recovered")
                    .isEqualTo("c");

            assertThat(w1.handBackUnheld()).containsExactly(new RunClaims.HandedBack("s1", "a"));
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
            assertThat(store.queue().run("s1", "b").orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            Lease again = w1.next().orElseThrow();
            assertThat(again.run()).isEqualTo("a");
            assertThat(w1.handBackUnheld()).as("both of w1's runs are held").isEmpty();
            assertThat(store.leases().recordResult(held, 1.0, RunStoreContractTest.files("b"))).isTrue();
            assertThat(store.leases().recordResult(again, 2.0, RunStoreContractTest.files("a"))).isTrue();
            w1.ended(held);
            w1.ended(again);
            assertThat(w1.handBackUnheld()).as("recorded runs stay recorded").isEmpty();
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.DONE);
        });
    }

    @Test
    void aRecordClaimsTheSlotsNextRunInItsTransactionAndARetryAfterALostAcknowledgementClaimsAfresh() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("s1", "s.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null), RunStoreContractTest.spec("c", null),
                    RunStoreContractTest.spec("d", null)), Map.of());
            store.workers().heartbeat("w1", "h", 9, 1, Instant.now());
            AckLoss connection = new AckLoss(db.dataSource());
            JdbcAccess access = new JdbcAccess(connection.dataSource(), Clock.systemUTC());
            RunClaims w1 = new RunClaims(access, "w1", Instant.now());
            JdbcLeases leases = new JdbcLeases(access);

            Lease a = w1.next().orElseThrow();
            JdbcLeases.Recorded<Optional<RunClaims.Claimed>> recorded = w1.recordingThenClaiming(
                    claim -> leases.recordResult(a, 1.0, RunStoreContractTest.files("a"), 0, claim), JdbcLeases.Recorded::then);
            w1.ended(a);
            assertThat(recorded.recorded()).isTrue();
            Lease b = recorded.then().orElseThrow().lease();
            assertThat(b.run()).isEqualTo("b");
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.DONE);
            assertThat(w1.handBackUnheld()).as("b, claimed with a's record, is held").isEmpty();

            connection.loseNextAcknowledgement();
            recorded = w1.recordingThenClaiming(
                    claim -> leases.recordResult(b, 2.0, RunStoreContractTest.files("b"), 0, claim), JdbcLeases.Recorded::then);
            w1.ended(b);
            assertThat(connection.lost()).isEqualTo(1);
            // The first try recorded b and claimed c, then lost its acknowledgement; the retry found b recorded by its
            // lease and claimed d: c is running under w1, held by no slot, and goes back to the queue.
            assertThat(recorded.recorded()).isTrue();
            assertThat(recorded.then().orElseThrow().lease().run()).isEqualTo("d");
            assertThat(store.queue().run("s1", "b").orElseThrow().status()).isEqualTo(RunStatus.DONE);
            assertThat(w1.handBackUnheld()).containsExactly(new RunClaims.HandedBack("s1", "c"));
            assertThat(store.queue().run("s1", "c").orElseThrow().status()).isEqualTo(RunStatus.QUEUED);

            Lease lost = store.leases().claim("s1", "c", "other").orElseThrow();
            JdbcLeases.Recorded<Optional<RunClaims.Claimed>> late = w1.recordingThenClaiming(
                    claim -> leases.recordResult(new Lease("s1", "c", "gone", "w1", 1), 3.0, RunStoreContractTest.files("c"), 0,
                            claim), JdbcLeases.Recorded::then);
            assertThat(late.recorded()).as("a lost lease records nothing").isFalse();
            assertThat(late.then()).as("and claims nothing").isNull();
            assertThat(store.queue().run("s1", "c").orElseThrow().worker()).isEqualTo(lost.worker());
        });
    }

    @Test
    void aNextRunThatCannotBeClaimedLeavesTheRecordedEndStanding() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("s1", "s.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null)), Map.of());
            RunClaims w1 = claims(db, "w1");
            JdbcLeases leases = new JdbcLeases(new JdbcAccess(db.dataSource(), Clock.systemUTC()));
            Lease a = w1.next().orElseThrow();
            try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
                st.executeUpdate("UPDATE runs SET spec = 'not a spec' WHERE sweep = 's1' AND id = 'b'");
            }

            JdbcLeases.Recorded<Optional<RunClaims.Claimed>> recorded = w1.recordingThenClaiming(
                    claim -> leases.recordResult(a, 1.0, RunStoreContractTest.files("a"), 0, claim), JdbcLeases.Recorded::then);

            assertThat(recorded.recorded()).isTrue();
            assertThat(recorded.then()).as("b's start cannot be read").isEmpty();
            assertThat(store.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.DONE);
            try (var c = db.dataSource().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT status FROM runs WHERE sweep = 's1' AND id = 'b'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("b's claim went with the savepoint").isEqualTo("queued");
            }
        });
    }

    @Test
    void aPickAmongManyFinishedRunsReadsOnlyTheUnfinished() throws Exception {
        with((db, store) -> {
            store.queue().addSweep("s1", "s.yaml", List.of(RunStoreContractTest.spec("a", null)), Map.of());
            try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO runs (sweep, id, position, spec, status, queued) SELECT 's1', 'done' || g, g, '{}', "
                        + "'done', g FROM generate_series(1, 20000) g");
                st.execute("ANALYZE runs");
                StringBuilder plan = new StringBuilder();
                try (java.sql.PreparedStatement explain = c.prepareStatement("EXPLAIN " + RunClaims.PICK)) {
                    explain.setString(1, "w1");
                    explain.setLong(2, 0);
                    explain.setLong(3, 0);
                    explain.setArray(4, c.createArrayOf("text", new Object[0]));
                    try (java.sql.ResultSet rs = explain.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                assertThat(plan.toString()).contains("runs_unfinished").doesNotContain("Seq Scan on runs");
            }
            assertThat(claims(db, "w1").next().orElseThrow().run()).isEqualTo("a");
        });
    }
}
