package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content two sweeps share, stored for one while another sweep that read it is pruned, on PostgreSQL (SQLite
 * runs one writer at a time, so its transactions cannot interleave): whichever transaction reaches the content's
 * row first, both succeed and the content stays as long as a sweep reads it.
 */
class SharedInputRaceTest {

    private static final byte[] SHARED = "1 2 3\n".getBytes(StandardCharsets.UTF_8);
    private static final String PATH = "/x/shared.dat";

    @TempDir
    Path dir;

    private static RunSpec spec(String id) {
        return new RunSpec(id, Path.of("/m/model.yaml"), Path.of("/d/" + id + ".dat"), new TreeMap<>(Map.of("g.center", 0.3)),
                7, new TreeMap<>(Map.of("generations", "20")), null, null, false);
    }

    /** Sweep a, finished, reading the shared content. */
    private static void finishedSweep(JdbcRunStore store) {
        store.queue().addSweep("a", "a.yaml", List.of(spec("a1")), Map.of(PATH, SHARED));
        Lease lease = store.leases().claim("a", "a1", "w").orElseThrow();
        assertThat(store.leases().recordResult(lease, 1.0, Map.of("result.json", SHARED))).isTrue();
    }

    @Test
    void pruningWhileAnotherSweepStoresTheSameContentKeepsIt() throws Exception {
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4)) {
            JdbcRunStore store = new JdbcRunStore(db.dataSource());
            finishedSweep(store);
            CompletableFuture<Optional<PrunedSweep>> prune;
            try (Connection storing = db.dataSource().getConnection()) {
                storing.setAutoCommit(false);
                newSweep(storing, "b");
                JdbcFileStore.storeInputs(storing, "b", InputFiles.Gathered.readable(Map.of(PATH, SHARED)), Map.of());

                prune = CompletableFuture.supplyAsync(() -> new Pruner(db).prune("a"));
                awaitBlocked(db, prune);
                storing.commit();
            }

            assertThat(prune.get()).isPresent();
            assertThat(store.files().input(store.files().inputs("b").get(PATH))).isEqualTo(SHARED);
        }
    }

    @Test
    void storingWhileTheOnlyReaderIsPrunedStoresTheContentAnew() throws Exception {
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4)) {
            JdbcRunStore store = new JdbcRunStore(db.dataSource());
            finishedSweep(store);
            List<String> shas = List.copyOf(store.files().inputs("a").values());
            CompletableFuture<Void> add;
            try (Connection pruning = db.dataSource().getConnection()) {
                pruning.setAutoCommit(false);
                for (String table : List.of("run_files", "runs", "sweep_inputs")) {
                    Transactions.update(pruning, "DELETE FROM " + table + " WHERE sweep = ?", "a");
                }
                Transactions.update(pruning, "DELETE FROM sweeps WHERE id = ?", "a");
                JdbcFileStore.deleteUnread(pruning, shas);

                add = CompletableFuture.runAsync(() -> store.queue().addSweep("b", "b.yaml", List.of(spec("b1")),
                        Map.of(PATH, SHARED)));
                awaitBlocked(db, add);
                pruning.commit();
            }

            add.get();
            assertThat(store.files().input(store.files().inputs("b").get(PATH))).isEqualTo(SHARED);
        }
    }

    private static void newSweep(Connection c, String id) throws Exception {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sweeps (id, source, submitted, run_count) VALUES (?, ?, 0, 0)")) {
            st.setString(1, id);
            st.setString(2, id + ".yaml");
            st.executeUpdate();
        }
    }

    /** Waits until another session waits on a row lock (the other transaction's), or the work ended without waiting. */
    private static void awaitBlocked(Database db, CompletableFuture<?> work) throws Exception {
        AwaitProgress.until("a session waiting on a lock", () -> work.isDone() || lockWaiters(db) > 0,
                () -> work.isDone(), () -> "no session waited on a lock");
        if (work.isDone()) {
            try {
                work.get();
            } catch (ExecutionException e) {
                throw new AssertionError("finished before the other transaction committed, with " + e.getCause(), e);
            }
        }
    }

    private static int lockWaiters(Database db) {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
