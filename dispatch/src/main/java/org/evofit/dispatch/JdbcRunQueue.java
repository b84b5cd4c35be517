package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.provenance.RepositoryState;

/** {@link RunQueue} in the tables {@code sweeps} and {@code runs} (a run's spec is kept as JSON). */
final class JdbcRunQueue implements RunQueue {

    private static final String ROW = "SELECT sweep, spec, status, attempts, worker, queued, started, finished, fom, "
            + "error, resumed_from FROM runs ";

    private final JdbcAccess access;

    JdbcRunQueue(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public void addSweep(String sweep, String source, List<RunSpec> runs, InputFiles.Gathered inputs,
                         Map<String, RepositoryState> origins, String request, RunPriority priority, String owner,
                         Double cpuBudget, Map<String, String> shownAs) {
        access.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sweeps (id, source, submitted, run_count, request, "
                    + "priority, owner, cpu_budget) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, sweep);
                st.setString(2, source);
                st.setLong(3, access.now());
                st.setInt(4, runs.size());
                st.setString(5, request);
                st.setInt(6, priority.rank());
                st.setString(7, owner);
                st.setObject(8, cpuBudget, java.sql.Types.DOUBLE);
                st.executeUpdate();
            }
            insertRuns(c, sweep, runs, 0, origins);
            JdbcFileStore.storeInputs(c, sweep, inputs, shownAs);
            return null;
        });
    }

    @Override
    public List<RunSpec> addRuns(String sweep, List<RunSpec> runs, InputFiles.Gathered inputs,
                                 Map<String, RepositoryState> origins) {
        return access.tx(c -> {
            List<RunSpec> added = appendNewRuns(c, sweep, runs, origins);
            JdbcFileStore.storeInputs(c, sweep, inputs, Map.of());
            return added;
        });
    }

    @Override
    public List<RunSpec> addMissingRuns(String sweep, String source, List<RunSpec> runs) {
        return access.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sweeps (id, source, submitted, run_count) "
                    + "VALUES (?, ?, ?, 0) ON CONFLICT (id) DO NOTHING")) {
                st.setString(1, sweep);
                st.setString(2, source);
                st.setLong(3, access.now());
                st.executeUpdate();
            }
            return appendNewRuns(c, sweep, runs, Map.of());
        });
    }

    private void insertRuns(Connection c, String sweep, List<RunSpec> runs, int firstPosition,
                            Map<String, RepositoryState> origins) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO runs (sweep, id, position, spec, start_from, status, "
                + "attempts, queued, origin) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)")) {
            int position = firstPosition;
            for (RunSpec r : runs) {
                st.setString(1, sweep);
                st.setString(2, r.id());
                st.setInt(3, position++);
                st.setString(4, RunSpecJson.format(r));
                st.setString(5, r.startFrom());
                st.setLong(6, access.now());
                st.setString(7, ModelOrigins.formatOne(origins.get(ModelOrigins.key(r))));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Inserts the runs the sweep does not have yet after its last one, and updates its run count. */
    private List<RunSpec> appendNewRuns(Connection c, String sweep, List<RunSpec> runs, Map<String, RepositoryState> origins)
            throws SQLException {
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
        insertRuns(c, sweep, added, position, origins);
        Transactions.update(c, "UPDATE sweeps SET run_count = (SELECT COUNT(*) FROM runs WHERE sweep = ?) WHERE id = ?",
                sweep, sweep);
        return added;
    }

    @Override
    public int cancel(String sweep) {
        return access.tx(c -> Transactions.update(c, "UPDATE runs SET status = 'cancelled', lease = NULL, finished = ? "
                + "WHERE sweep = ? AND status IN ('queued', 'running')", access.now(), sweep));
    }

    @Override
    public Optional<RunRow> run(String sweep, String run) {
        List<RunRow> rows = query(ROW + "WHERE sweep = ? AND id = ?", sweep, run);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<RunRow> runs(String sweep) {
        return query(ROW + "WHERE sweep = ? ORDER BY position", sweep);
    }

    @Override
    public List<RunRow> startable(String sweep) {
        String where = "WHERE status = 'queued' AND (start_from IS NULL OR EXISTS (SELECT 1 FROM runs p "
                + "WHERE p.sweep = runs.sweep AND p.id = runs.start_from AND p.status = 'done'))";
        return sweep == null ? query(ROW + where + " ORDER BY sweep, position")
                : query(ROW + where + " AND sweep = ? ORDER BY position", sweep);
    }

    @Override
    public List<RunRow> successors(String sweep, String run) {
        return query(ROW + "WHERE sweep = ? AND start_from = ? AND status = 'queued' ORDER BY position", sweep, run);
    }

    private List<RunRow> query(String sql, String... args) {
        return access.read(c -> {
            List<RunRow> out = new ArrayList<>();
            Transactions.forEachRow(c, sql, rs -> out.add(row(rs)), (Object[]) args);
            return out;
        });
    }

    /** The row at the cursor of a {@link #ROW} query. */
    private static RunRow row(ResultSet rs) throws SQLException {
        double fom = rs.getDouble(9);
        if (rs.wasNull()) {
            fom = Double.NaN;
        }
        int resumed = rs.getInt(11);
        Integer resumedFrom = rs.wasNull() ? null : resumed;
        return new RunRow(rs.getString(1), RunSpecJson.parse(rs.getString(2)), RunStatus.of(rs.getString(3)), rs.getInt(4),
                rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8), fom, rs.getString(10), resumedFrom);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    @Override
    public boolean hasSweep(String sweep) {
        return access.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sweeps WHERE id = ?")) {
                st.setString(1, sweep);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<String> sweeps() {
        return entries().stream().map(SweepEntry::id).toList();
    }

    @Override
    public Optional<RepositoryState> origin(String sweep, String run) {
        return access.read(c -> {
            List<RepositoryState> out = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT r.origin, s.origins, r.spec FROM runs r JOIN sweeps s ON s.id = r.sweep "
                    + "WHERE r.sweep = ? AND r.id = ?", rs -> out.add(ModelOrigins.ofRun(rs.getString(1), rs.getString(2),
                            rs.getString(3))), sweep, run);
            return out.isEmpty() ? Optional.<RepositoryState>empty() : Optional.ofNullable(out.get(0));
        });
    }

    @Override
    public Optional<RunStart> start(String sweep, String run) {
        return access.read(c -> RunStartQuery.read(c, sweep, run));
    }

    @Override
    public void addCpu(String sweep, String run, double seconds) {
        access.tx(c -> Transactions.update(c, "UPDATE runs SET cpu_seconds = cpu_seconds + ?, cpu_at = ? WHERE sweep = ? AND id = ?",
                seconds, access.now(), sweep, run));
    }

    @Override
    public Optional<Double> cpuLeft(String sweep) {
        return access.read(c -> {
            List<Double> out = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT s.cpu_budget - (SELECT COALESCE(SUM(r.cpu_seconds), 0) FROM runs r "
                    + "WHERE r.sweep = s.id) FROM sweeps s WHERE s.id = ? AND s.cpu_budget IS NOT NULL",
                    rs -> out.add(rs.getDouble(1)), sweep);
            return out.stream().findFirst();
        });
    }

    @Override
    public void limitRunning(String owner, int maxRunning) {
        access.tx(c -> {
            // Delete then insert: one statement neither store's dialect shares (MERGE, ON CONFLICT in old SQLite).
            Transactions.update(c, "DELETE FROM owner_limits WHERE owner = ?", owner);
            Transactions.update(c, "INSERT INTO owner_limits (owner, max_running) VALUES (?, ?)", owner, maxRunning);
            return null;
        });
    }

    @Override
    public int waitingSweeps(String owner) {
        return access.tx(c -> {
            int[] n = {0};
            Transactions.forEachRow(c, "SELECT COUNT(*) FROM sweeps s WHERE s.owner = ? "
                    + "AND EXISTS (SELECT 1 FROM runs r WHERE r.sweep = s.id AND r.status = 'queued') "
                    + "AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.sweep = s.id AND r.status <> 'queued')",
                    rs -> n[0] = rs.getInt(1), owner);
            return n[0];
        });
    }

    @Override
    public List<CpuUse> cpuUses(String owner, Instant since) {
        return access.tx(c -> {
            List<CpuUse> out = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT r.cpu_at, r.cpu_seconds FROM runs r JOIN sweeps s ON s.id = r.sweep "
                    + "WHERE s.owner = ? AND r.cpu_at >= ? ORDER BY r.cpu_at",
                    rs -> out.add(new CpuUse(Instant.ofEpochMilli(rs.getLong(1)), rs.getDouble(2))), owner,
                    since.toEpochMilli());
            return out;
        });
    }

    @Override
    public Optional<String> request(String sweep) {
        return access.read(c -> {
            List<String> out = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT request FROM sweeps WHERE id = ?", rs -> out.add(rs.getString(1)), sweep);
            return out.isEmpty() ? Optional.<String>empty() : Optional.ofNullable(out.get(0));
        });
    }

    @Override
    public List<SweepEntry> entries() {
        return access.tx(c -> {
            List<SweepEntry> out = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT id, source, submitted, run_count FROM sweeps ORDER BY submitted, id",
                    rs -> out.add(new SweepEntry(rs.getString(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4))));
            return out;
        });
    }

    @Override
    public SweepCounts counts(String sweep) {
        return access.tx(c -> {
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
}
