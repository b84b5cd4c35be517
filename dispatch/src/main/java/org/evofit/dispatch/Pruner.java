package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes finished sweeps from the run store: their runs, recorded files, checkpoints, the input
 * files no remaining sweep reads and, on PostgreSQL, the sweep's schedule (its Quartz job is named
 * after its sweep; runs have no Quartz jobs). Each sweep goes in one transaction, so a failure leaves
 * it whole; a schedule's Quartz rows are deleted in that same transaction, under Quartz's own
 * {@code TRIGGER_ACCESS} row lock (taken only for a sweep with a schedule), which is why this writes
 * SQL rather than going through a scheduler (whose calls commit on their own connections).
 */
public final class Pruner {

    /** Run states that still change: such a sweep is refused. */
    private static final String ACTIVE = "('queued', 'running')";
    /** The Quartz job of a sweep: its schedule's. */
    private static final String SWEEP_JOBS = "sched_name = ? AND job_group = ? AND job_name = ?";

    private final Database db;

    /** Prunes the store in {@code db}. */
    public Pruner(Database db) {
        this.db = db;
    }

    /**
     * Carries out the request: chooses the sweeps, refuses (or with force cancels) those with queued
     * or running runs, and deletes them one transaction each, logging each one.
     *
     * @throws NoSuchSweepException when a named sweep does not exist
     */
    public PruneResult prune(PruneRequest request, EventLog log) {
        List<String> chosen = request.finishedBefore() == null ? existing(request.sweeps())
                : finishedBefore(request.finishedBefore());
        if (chosen.isEmpty()) {
            return new PruneResult(PruneResult.Outcome.NONE_FINISHED, List.of(), Map.of(), null);
        }
        Map<String, Integer> active = active(chosen);
        if (!active.isEmpty() && !request.force()) {
            return new PruneResult(PruneResult.Outcome.REFUSED, List.of(), active, null);
        }
        if (request.dryRun()) {
            return new PruneResult(PruneResult.Outcome.DRY_RUN, preview(chosen), active, null);
        }
        for (String s : active.keySet()) {
            Submitter.cancel(db, s, log);
        }
        List<PrunedSweep> done = new ArrayList<>();
        try {
            for (String s : chosen) {
                prune(s).ifPresent(p -> {
                    done.add(p);
                    log.event("pruned", s, null, null, p.runs() + " runs " + p.bytes() + " bytes");
                });
            }
        } catch (SweepActiveException e) {
            return new PruneResult(PruneResult.Outcome.INTERRUPTED, done, active, e.getMessage());
        }
        return new PruneResult(PruneResult.Outcome.PRUNED, done, active, null);
    }

    /** The named sweeps, each once, all of which must exist. */
    private List<String> existing(List<String> sweeps) {
        RunQueue queue = db.store().queue();
        List<String> unique = sweeps.stream().distinct().toList();
        List<String> missing = unique.stream().filter(s -> !queue.hasSweep(s)).toList();
        if (!missing.isEmpty()) {
            throw new NoSuchSweepException(missing, Secrets.masked(db.config().url()));
        }
        return unique;
    }

    /**
     * Sweeps none of whose runs is queued or running, whose runs all ended before {@code cutoff} and
     * that were submitted before it, oldest first. A sweep with a schedule is never among them (it
     * grows again at its next firing): name it to prune it with its schedule.
     */
    public List<String> finishedBefore(Instant cutoff) {
        String sql = "SELECT s.id FROM sweeps s WHERE s.submitted < ? AND NOT EXISTS (SELECT 1 FROM runs r "
                + "WHERE r.sweep = s.id AND (r.status IN " + ACTIVE + " OR r.finished IS NULL OR r.finished >= ?))"
                + (postgres() ? " AND NOT EXISTS (SELECT 1 FROM qrtz_job_details j WHERE j.sched_name = ? "
                        + "AND j.job_group = ? AND j.job_name = s.id)" : "")
                + " ORDER BY s.submitted, s.id";
        return tx(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, cutoff.toEpochMilli());
                st.setLong(2, cutoff.toEpochMilli());
                if (postgres()) {
                    st.setString(3, QuartzCluster.NAME);
                    st.setString(4, Schedules.GROUP);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The sweeps among {@code sweeps} with queued or running runs, by sweep, with how many. */
    public Map<String, Integer> active(Collection<String> sweeps) {
        return tx(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String s : sweeps) {
                int n = activeRuns(c, s);
                if (n > 0) {
                    out.put(s, n);
                }
            }
            return out;
        });
    }

    /**
     * What pruning {@code sweeps} in this order would remove, read without changing anything. Each
     * sweep's input files are those no sweep outside it and the ones before it reads, so the figures
     * are those {@link #prune} reports sweep by sweep.
     */
    public List<PrunedSweep> preview(List<String> sweeps) {
        return tx(c -> {
            List<PrunedSweep> out = new ArrayList<>();
            for (int i = 0; i < sweeps.size(); i++) {
                String s = sweeps.get(i);
                long[] inputs = freedInputs(c, s, sweeps.subList(0, i + 1));
                out.add(new PrunedSweep(s, runCount(c, s), fileBytes(c, s), (int) inputs[0], inputs[1], quartzJobs(c, s)));
            }
            return out;
        });
    }

    /**
     * Deletes the sweep in one transaction.
     *
     * @return what was deleted; empty when there is no such sweep
     * @throws SweepActiveException when one of its runs is queued or running (nothing is deleted)
     */
    public Optional<PrunedSweep> prune(String sweep) {
        return tx(c -> {
            // First a write: it takes SQLite's write lock, and on PostgreSQL the sweep's row, which
            // addRuns and addMissingRuns also update, so no run is added while the sweep goes.
            try (PreparedStatement st = c.prepareStatement("UPDATE sweeps SET run_count = run_count WHERE id = ?")) {
                st.setString(1, sweep);
                if (st.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            // Locks the runs' rows, so no worker claims or hands back a run between the check and the delete.
            Transactions.update(c, "UPDATE runs SET lease = lease WHERE sweep = ?", sweep);
            int active = activeRuns(c, sweep);
            if (active > 0) {
                throw new SweepActiveException(sweep, active);
            }
            long[] inputs = freedInputs(c, sweep, List.of(sweep));
            PrunedSweep pruned = new PrunedSweep(sweep, runCount(c, sweep), fileBytes(c, sweep), (int) inputs[0], inputs[1],
                    quartzJobs(c, sweep));
            boolean scheduled = pruned.quartzJobs() > 0;
            List<String> shas = JdbcFileStore.contents(c, sweep);
            Transactions.update(c, "DELETE FROM checkpoint_increments WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM checkpoints WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM chain_checkpoints WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM run_files WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM runs WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM sweep_inputs WHERE sweep = ?", sweep);
            Transactions.update(c, "DELETE FROM sweeps WHERE id = ?", sweep);
            JdbcFileStore.deleteUnread(c, shas);
            if (scheduled) {
                deleteQuartzRows(c, sweep);
            }
            return Optional.of(pruned);
        });
    }

    private void deleteQuartzRows(Connection c, String sweep) throws SQLException {
        // Quartz's members take this row before touching triggers; holding it, no member is between
        // acquiring one of these triggers and firing it.
        try (PreparedStatement st = c.prepareStatement(
                "SELECT lock_name FROM qrtz_locks WHERE sched_name = ? AND lock_name = 'TRIGGER_ACCESS' FOR UPDATE")) {
            st.setString(1, QuartzCluster.NAME);
            st.executeQuery().close();
        }
        String triggers = "(trigger_name, trigger_group) IN (SELECT trigger_name, trigger_group FROM qrtz_triggers WHERE "
                + SWEEP_JOBS + ")";
        for (String table : List.of("qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers")) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE sched_name = ? AND " + triggers)) {
                st.setString(1, QuartzCluster.NAME);
                bindSweepJobs(st, 2, sweep);
                st.executeUpdate();
            }
        }
        for (String table : List.of("qrtz_fired_triggers", "qrtz_triggers", "qrtz_job_details")) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE " + SWEEP_JOBS)) {
                bindSweepJobs(st, 1, sweep);
                st.executeUpdate();
            }
        }
    }

    private static void bindSweepJobs(PreparedStatement st, int first, String sweep) throws SQLException {
        st.setString(first, QuartzCluster.NAME);
        st.setString(first + 1, Schedules.GROUP);
        st.setString(first + 2, sweep);
    }

    private int quartzJobs(Connection c, String sweep) throws SQLException {
        if (!postgres()) {
            return 0;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM qrtz_job_details WHERE " + SWEEP_JOBS)) {
            bindSweepJobs(st, 1, sweep);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int activeRuns(Connection c, String sweep) throws SQLException {
        return (int) number(c, "SELECT COUNT(*) FROM runs WHERE sweep = ? AND status IN " + ACTIVE, sweep);
    }

    private static int runCount(Connection c, String sweep) throws SQLException {
        return (int) number(c, "SELECT COUNT(*) FROM runs WHERE sweep = ?", sweep);
    }

    private static long fileBytes(Connection c, String sweep) throws SQLException {
        return number(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM run_files WHERE sweep = ?", sweep)
                + number(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM checkpoints WHERE sweep = ?", sweep)
                + number(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM checkpoint_increments WHERE sweep = ?", sweep)
                + number(c, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM chain_checkpoints WHERE sweep = ?", sweep);
    }

    /** Count and bytes of the sweep's input files that no sweep outside {@code gone} reads. */
    private static long[] freedInputs(Connection c, String sweep, List<String> gone) throws SQLException {
        String placeholders = String.join(", ", java.util.Collections.nCopies(gone.size(), "?"));
        String sql = "SELECT COUNT(*), COALESCE(SUM(f.size), 0) FROM input_files f "
                + "WHERE f.sha256 IN (SELECT i.sha256 FROM sweep_inputs i WHERE i.sweep = ?) "
                + "AND NOT EXISTS (SELECT 1 FROM sweep_inputs o WHERE o.sha256 = f.sha256 AND o.sweep NOT IN (" + placeholders + "))";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, sweep);
            for (int i = 0; i < gone.size(); i++) {
                st.setString(i + 2, gone.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static long number(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private boolean postgres() {
        return db.config().isPostgres();
    }

    /** Work inside one transaction. */
    private <T> T tx(Transactions.Work<T> work) {
        return Transactions.inTransaction(db.dataSource(), work);
    }
}
