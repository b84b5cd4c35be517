package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.evofit.looper.RunSpec;

/**
 * The run store: sweeps, runs, their result files, checkpoints, workers and input files, in one
 * JDBC database (SQLite or PostgreSQL, the same statements for both). Every method is one
 * transaction.
 *
 * <p>Exactly once: {@link #claim} draws a fresh lease token; {@link #recordResult},
 * {@link #recordFailure}, {@link #saveCheckpoint} and {@link #release} change the run only when the
 * caller's token is still the run's token and the run is running, in the same transaction that
 * stores the files. A worker whose run was claimed again (recovered) meanwhile records nothing.
 */
public final class JdbcRunStore {

    private final DataSource db;
    private final Clock clock;

    /** The store in {@code db} (already migrated, see {@link Database}). */
    public JdbcRunStore(DataSource db) {
        this(db, Clock.systemUTC());
    }

    /** With a clock for the recorded times. */
    public JdbcRunStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a new sweep with its runs queued and its input files.
     *
     * @param inputs the files its runs read, by absolute path (stored once per content)
     */
    public void addSweep(String sweep, String source, List<RunSpec> runs, Map<String, byte[]> inputs) {
        tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sweeps (id, source, submitted, run_count) VALUES (?, ?, ?, ?)")) {
                st.setString(1, sweep);
                st.setString(2, source);
                st.setLong(3, now());
                st.setInt(4, runs.size());
                st.executeUpdate();
            }
            insertRuns(c, sweep, runs, 0);
            insertInputs(c, sweep, inputs);
            return null;
        });
    }

    /**
     * Stores input files by content; a path the sweep has already takes the new content (a file edited
     * between two re-plans of a schedule: its new runs read the new content).
     */
    private static void insertInputs(Connection c, String sweep, Map<String, byte[]> inputs) throws SQLException {
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            String sha = Hashes.sha256(e.getValue());
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO input_files (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                st.setString(1, sha);
                st.setLong(2, e.getValue().length);
                st.setBytes(3, e.getValue());
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sweep_inputs (sweep, path, sha256) VALUES (?, ?, ?) "
                            + "ON CONFLICT (sweep, path) DO UPDATE SET sha256 = excluded.sha256")) {
                st.setString(1, sweep);
                st.setString(2, e.getKey());
                st.setString(3, sha);
                st.executeUpdate();
            }
        }
    }

    /**
     * Adds the runs the sweep does not have yet (queued) with the input files they read; what a
     * schedule's firing does.
     *
     * @return the runs added
     */
    public List<RunSpec> addRuns(String sweep, List<RunSpec> runs, Map<String, byte[]> inputs) {
        return tx(c -> {
            List<RunSpec> added = appendNewRuns(c, sweep, runs);
            insertInputs(c, sweep, inputs);
            return added;
        });
    }

    /**
     * Adds the runs the sweep does not have yet (queued) and creates the sweep if it is new; used by
     * {@code evofit loop}, whose output directory is one sweep that grows as its file is edited.
     *
     * @return the runs added
     */
    public List<RunSpec> addMissingRuns(String sweep, String source, List<RunSpec> runs) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sweeps (id, source, submitted, run_count) "
                    + "VALUES (?, ?, ?, 0) ON CONFLICT (id) DO NOTHING")) {
                st.setString(1, sweep);
                st.setString(2, source);
                st.setLong(3, now());
                st.executeUpdate();
            }
            return appendNewRuns(c, sweep, runs);
        });
    }

    private void insertRuns(Connection c, String sweep, List<RunSpec> runs, int firstPosition) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO runs (sweep, id, position, spec, start_from, status, "
                + "attempts, queued) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?)")) {
            int position = firstPosition;
            for (RunSpec r : runs) {
                st.setString(1, sweep);
                st.setString(2, r.id());
                st.setInt(3, position++);
                st.setString(4, RunSpecJson.format(r));
                st.setString(5, r.startFrom());
                st.setLong(6, now());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * Claims a queued or running run for {@code worker} with a fresh lease (a running run is claimed
     * again when its worker died and the run is recovered). Empty when the run has ended, was
     * cancelled or does not exist.
     */
    public Optional<Lease> claim(String sweep, String run, String worker) {
        String token = UUID.randomUUID().toString();
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = 'running', lease = ?, worker = ?, "
                    + "attempts = attempts + 1, started = ?, resumed_from = NULL "
                    + "WHERE sweep = ? AND id = ? AND status IN ('queued', 'running')")) {
                st.setString(1, token);
                st.setString(2, worker);
                st.setLong(3, now());
                st.setString(4, sweep);
                st.setString(5, run);
                if (st.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT attempts FROM runs WHERE sweep = ? AND id = ?")) {
                st.setString(1, sweep);
                st.setString(2, run);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return Optional.of(new Lease(sweep, run, token, worker, rs.getInt(1)));
                }
            }
        });
    }

    /**
     * Records the run's result and its files, if {@code lease} is still the run's lease.
     *
     * @return whether it was recorded (false: the lease was lost, nothing changed)
     */
    public boolean recordResult(Lease lease, double fom, Map<String, byte[]> files) {
        return end(lease, RunStatus.DONE, fom, null, files);
    }

    /** Records the run's failure and its files (error.txt), if {@code lease} is still the run's lease. */
    public boolean recordFailure(Lease lease, String error, Map<String, byte[]> files) {
        return end(lease, RunStatus.FAILED, Double.NaN, error, files);
    }

    private boolean end(Lease lease, RunStatus status, double fom, String error, Map<String, byte[]> files) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = ?, fom = ?, error = ?, finished = ?, "
                    + "lease = NULL WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
                st.setString(1, status.word());
                if (Double.isNaN(fom)) {
                    st.setNull(2, Types.DOUBLE);
                } else {
                    st.setDouble(2, fom);
                }
                st.setString(3, error);
                st.setLong(4, now());
                st.setString(5, lease.sweep());
                st.setString(6, lease.run());
                st.setString(7, lease.token());
                if (st.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM run_files WHERE sweep = ? AND run = ?")) {
                st.setString(1, lease.sweep());
                st.setString(2, lease.run());
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO run_files (sweep, run, name, content) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                    st.setString(1, lease.sweep());
                    st.setString(2, lease.run());
                    st.setString(3, f.getKey());
                    st.setBytes(4, f.getValue());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return true;
        });
    }

    /**
     * Puts a running run back in the queue (its worker is shutting down), keeping its checkpoint.
     *
     * @return whether the lease was still current
     */
    public boolean release(Lease lease) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = 'queued', lease = NULL, queued = ? "
                    + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
                st.setLong(1, now());
                st.setString(2, lease.sweep());
                st.setString(3, lease.run());
                st.setString(4, lease.token());
                return st.executeUpdate() == 1;
            }
        });
    }

    /**
     * Replaces the run's checkpoint, if {@code lease} is still the run's lease.
     *
     * @return whether it was saved
     */
    public boolean saveCheckpoint(Lease lease, int generation, byte[] bytes) {
        return tx(c -> {
            if (!holds(c, lease)) {
                return false;
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO checkpoints (sweep, run, generation, content, saved) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sweep, run) DO UPDATE SET generation = excluded.generation, "
                    + "content = excluded.content, saved = excluded.saved")) {
                st.setString(1, lease.sweep());
                st.setString(2, lease.run());
                st.setInt(3, generation);
                st.setBytes(4, bytes);
                st.setLong(5, now());
                st.executeUpdate();
            }
            return true;
        });
    }

    /** Notes in the run's row the checkpoint generation its current attempt resumed from. */
    public boolean markResumed(Lease lease, int generation) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET resumed_from = ? "
                    + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
                st.setInt(1, generation);
                st.setString(2, lease.sweep());
                st.setString(3, lease.run());
                st.setString(4, lease.token());
                return st.executeUpdate() == 1;
            }
        });
    }

    /** Locks the run's row (PostgreSQL; SQLite's one writer is the lock) while checking the lease. */
    private static boolean holds(Connection c, Lease lease) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE runs SET lease = lease "
                + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
            st.setString(1, lease.sweep());
            st.setString(2, lease.run());
            st.setString(3, lease.token());
            return st.executeUpdate() == 1;
        }
    }

    /** The run's latest checkpoint. */
    public Optional<StoredCheckpoint> checkpoint(String sweep, String run) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT generation, content, saved FROM checkpoints WHERE sweep = ? AND run = ?")) {
                st.setString(1, sweep);
                st.setString(2, run);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredCheckpoint(rs.getInt(1), rs.getBytes(2),
                            Instant.ofEpochMilli(rs.getLong(3)))) : Optional.empty();
                }
            }
        });
    }

    /** The run's recorded files (result.json, fit.csv, ... or error.txt), by name. */
    public SortedMap<String, byte[]> files(String sweep, String run) {
        return tx(c -> {
            SortedMap<String, byte[]> out = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name, content FROM run_files WHERE sweep = ? AND run = ?")) {
                st.setString(1, sweep);
                st.setString(2, run);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getBytes(2));
                    }
                }
            }
            return out;
        });
    }

    private static final String ROW = "SELECT sweep, spec, status, attempts, worker, queued, started, finished, fom, "
            + "error, resumed_from FROM runs ";

    /** One run. */
    public Optional<RunRow> run(String sweep, String run) {
        List<RunRow> rows = query(ROW + "WHERE sweep = ? AND id = ?", sweep, run);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The sweep's runs in plan order. */
    public List<RunRow> runs(String sweep) {
        return query(ROW + "WHERE sweep = ? ORDER BY position", sweep);
    }

    /**
     * Queued runs that can start now: those that start from nothing or from a run that is done.
     *
     * @param sweep a sweep id, or {@code null} for every sweep
     */
    public List<RunRow> startable(String sweep) {
        String where = "WHERE status = 'queued' AND (start_from IS NULL OR EXISTS (SELECT 1 FROM runs p "
                + "WHERE p.sweep = runs.sweep AND p.id = runs.start_from AND p.status = 'done'))";
        return sweep == null ? query(ROW + where + " ORDER BY sweep, position")
                : query(ROW + where + " AND sweep = ? ORDER BY position", sweep);
    }

    /** Queued runs of the sweep that start from {@code run}. */
    public List<RunRow> successors(String sweep, String run) {
        return query(ROW + "WHERE sweep = ? AND start_from = ? AND status = 'queued' ORDER BY position", sweep, run);
    }

    private List<RunRow> query(String sql, String... args) {
        return tx(c -> {
            List<RunRow> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    st.setString(i + 1, args[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        double fom = rs.getDouble(9);
                        if (rs.wasNull()) {
                            fom = Double.NaN;
                        }
                        int resumed = rs.getInt(11);
                        Integer resumedFrom = rs.wasNull() ? null : resumed;
                        out.add(new RunRow(rs.getString(1), RunSpecJson.parse(rs.getString(2)),
                                RunStatus.of(rs.getString(3)), rs.getInt(4), rs.getString(5), instant(rs, 6),
                                instant(rs, 7), instant(rs, 8), fom, rs.getString(10), resumedFrom));
                    }
                }
            }
            return out;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    /** Whether the sweep exists. */
    public boolean hasSweep(String sweep) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sweeps WHERE id = ?")) {
                st.setString(1, sweep);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every sweep id, oldest first. */
    public List<String> sweeps() {
        return tx(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM sweeps ORDER BY submitted, id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Runs by status, and by worker and status.
     *
     * @param sweep a sweep id, or {@code null} for all sweeps
     */
    public SweepCounts counts(String sweep) {
        return tx(c -> {
            SortedMap<RunStatus, Integer> byStatus = new TreeMap<>(new EnumMap<RunStatus, Integer>(RunStatus.class));
            for (RunStatus s : RunStatus.values()) {
                byStatus.put(s, 0);
            }
            SortedMap<String, SortedMap<RunStatus, Integer>> byWorker = new TreeMap<>();
            String sql = "SELECT status, worker, COUNT(*) FROM runs " + (sweep == null ? "" : "WHERE sweep = ? ")
                    + "GROUP BY status, worker";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                if (sweep != null) {
                    st.setString(1, sweep);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        RunStatus s = RunStatus.of(rs.getString(1));
                        int n = rs.getInt(3);
                        byStatus.merge(s, n, Integer::sum);
                        String w = rs.getString(2);
                        if (w != null) {
                            byWorker.computeIfAbsent(w, k -> new TreeMap<>()).merge(s, n, Integer::sum);
                        }
                    }
                }
            }
            return new SweepCounts(byStatus, byWorker);
        });
    }

    /**
     * Cancels the sweep's queued and running runs (a running fit's result will not be recorded).
     *
     * @return how many were cancelled
     */
    public int cancel(String sweep) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = 'cancelled', lease = NULL, finished = ? "
                    + "WHERE sweep = ? AND status IN ('queued', 'running')")) {
                st.setLong(1, now());
                st.setString(2, sweep);
                return st.executeUpdate();
            }
        });
    }

    /** Records that a worker is alive (and when it started, the first time). */
    public void heartbeat(String worker, String host, int slots, Instant started) {
        tx(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO workers (name, host, slots, started, heartbeat) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET host = excluded.host, slots = excluded.slots, "
                    + "started = excluded.started, heartbeat = excluded.heartbeat")) {
                st.setString(1, worker);
                st.setString(2, host);
                st.setInt(3, slots);
                st.setLong(4, started.toEpochMilli());
                st.setLong(5, now());
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets a worker that left (its runs keep its name). */
    public void leave(String worker) {
        tx(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM workers WHERE name = ?")) {
                st.setString(1, worker);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Workers by name with their last heartbeat. */
    public SortedMap<String, Instant> workers() {
        return tx(c -> {
            SortedMap<String, Instant> out = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name, heartbeat FROM workers");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                }
            }
            return out;
        });
    }

    /** The sweep's input files: original absolute path to content hash. */
    public Map<String, String> inputs(String sweep) {
        return tx(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT path, sha256 FROM sweep_inputs WHERE sweep = ? ORDER BY path")) {
                st.setString(1, sweep);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** An input file's bytes, by content hash. */
    public byte[] input(String sha256) {
        return tx(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT content FROM input_files WHERE sha256 = ?")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no input file with sha256 " + sha256);
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    private long now() {
        return clock.millis();
    }

    /** Work inside one transaction. */
    /** Inserts the runs the sweep does not have yet after its last one, and updates its run count. */
    private List<RunSpec> appendNewRuns(Connection c, String sweep, List<RunSpec> runs) throws SQLException {
        Set<String> known = new HashSet<>();
        int position = 0;
        try (PreparedStatement st = c.prepareStatement("SELECT id, position FROM runs WHERE sweep = ?")) {
            st.setString(1, sweep);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                    position = Math.max(position, rs.getInt(2) + 1);
                }
            }
        }
        List<RunSpec> added = runs.stream().filter(r -> !known.contains(r.id())).toList();
        insertRuns(c, sweep, added, position);
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE sweeps SET run_count = (SELECT COUNT(*) FROM runs WHERE sweep = ?) WHERE id = ?")) {
            st.setString(1, sweep);
            st.setString(2, sweep);
            st.executeUpdate();
        }
        return added;
    }

    private <T> T tx(Transactions.Work<T> work) {
        return Transactions.inTransaction(db, work);
    }
}
