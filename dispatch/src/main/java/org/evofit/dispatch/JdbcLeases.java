package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link Leases} on the {@code runs} table: the lease token is a column of the run's row. */
final class JdbcLeases implements Leases {

    private final JdbcAccess access;

    JdbcLeases(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public Optional<Lease> claim(String sweep, String run, String worker) {
        String token = UUID.randomUUID().toString();
        return access.tx(c -> {
            // RETURNING (PostgreSQL, SQLite 3.35+): the attempt number comes back with the update, no second query.
            try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = 'running', lease = ?, worker = ?, "
                    + "attempts = attempts + 1, started = ?, resumed_from = NULL "
                    + "WHERE sweep = ? AND id = ? AND status IN ('queued', 'running') RETURNING attempts")) {
                st.setString(1, token);
                st.setString(2, worker);
                st.setLong(3, access.now());
                st.setString(4, sweep);
                st.setString(5, run);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Lease(sweep, run, token, worker, rs.getInt(1))) : Optional.<Lease>empty();
                }
            }
        });
    }

    /**
     * A run's end as {@link #recordResult(Lease, double, Map, double, Transactions.Work)} recorded it.
     *
     * @param recorded whether it was recorded (false: the lease was lost, and nothing followed in the transaction)
     * @param then     what the work that followed the record in its transaction returned; null when not recorded
     */
    record Recorded<T>(boolean recorded, T then) {
    }

    @Override
    public boolean recordResult(Lease lease, double fom, Map<String, byte[]> files, double cpuSeconds) {
        return recordResult(lease, fom, files, cpuSeconds, c -> null).recorded();
    }

    @Override
    public boolean recordFailure(Lease lease, String error, Map<String, byte[]> files, double cpuSeconds) {
        return recordFailure(lease, error, files, cpuSeconds, c -> null).recorded();
    }

    /**
     * Records the run's result as {@link #recordResult(Lease, double, Map, double)} does and, once it is recorded,
     * does {@code then} in the same transaction: a worker's slot claims its next run there ({@link
     * RunClaims#recordingThenClaiming}), so that one commit (one WAL flush) stands for both and no time passes between them.
     */
    <T> Recorded<T> recordResult(Lease lease, double fom, Map<String, byte[]> files, double cpuSeconds,
                                 Transactions.Work<T> then) {
        return end(lease, RunStatus.DONE, fom, null, files, cpuSeconds, then);
    }

    /** {@link #recordFailure(Lease, String, Map, double)} followed by {@code then} as {@link #recordResult(Lease, double, Map, double, Transactions.Work)} does. */
    <T> Recorded<T> recordFailure(Lease lease, String error, Map<String, byte[]> files, double cpuSeconds,
                                  Transactions.Work<T> then) {
        return end(lease, RunStatus.FAILED, Double.NaN, error, files, cpuSeconds, then);
    }

    private <T> Recorded<T> end(Lease lease, RunStatus status, double fom, String error, Map<String, byte[]> files,
                                double cpuSeconds, Transactions.Work<T> then) {
        AtomicBoolean tried = new AtomicBoolean();
        // Asked once, before the transaction: a retry must delete what the first try would have.
        boolean checkpointed = LeaseWrites.mayHaveCheckpoints(lease);
        return access.tx(c -> {
            boolean retry = tried.getAndSet(true);
            if (!markEnded(c, lease, status, fom, error, cpuSeconds)) {
                // Run again after a lost connection: the first try may have committed and lost only the
                // acknowledgement. Then the run is already ended by this lease, and recorded (and metered) once.
                if (retry && endedBy(c, lease, status)) {
                    return new Recorded<>(true, then.run(c));
                }
                if (cpuSeconds > 0) {
                    Transactions.update(c, "UPDATE runs SET cpu_seconds = cpu_seconds + ?, cpu_at = ? WHERE sweep = ? AND id = ?",
                            cpuSeconds, access.now(), lease.sweep(), lease.run());
                }
                return new Recorded<T>(false, null);
            }
            JdbcFileStore.replaceRunFiles(c, lease, files);
            if (status == RunStatus.DONE && checkpointed) {
                // A finished run is never resumed: its checkpoint (up to megabytes) goes with the result.
                for (String table : new String[] {"checkpoint_increments", "checkpoints", "chain_checkpoints"}) {
                    try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE sweep = ? AND run = ?")) {
                        st.setString(1, lease.sweep());
                        st.setString(2, lease.run());
                        st.executeUpdate();
                    }
                }
            }
            return new Recorded<>(true, then.run(c));
        });
    }

    /** Ends the run with {@code status} if {@code lease} is its lease, its CPU use metered in the same statement. */
    private boolean markEnded(Connection c, Lease lease, RunStatus status, double fom, String error, double cpuSeconds)
            throws SQLException {
        String metered = cpuSeconds > 0 ? ", cpu_seconds = cpu_seconds + ?, cpu_at = ?" : "";
        try (PreparedStatement st = c.prepareStatement("UPDATE runs SET status = ?, fom = ?, error = ?, finished = ?, "
                + "lease = NULL" + metered + " WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
            int i = 1;
            long now = access.now();
            st.setString(i++, status.word());
            if (Double.isNaN(fom)) {
                st.setNull(i++, Types.DOUBLE);
            } else {
                st.setDouble(i++, fom);
            }
            st.setString(i++, error);
            st.setLong(i++, now);
            if (cpuSeconds > 0) {
                st.setDouble(i++, cpuSeconds);
                st.setLong(i++, now);
            }
            st.setString(i++, lease.sweep());
            st.setString(i++, lease.run());
            st.setString(i, lease.token());
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Whether the run ended with {@code status} in the attempt {@code lease} claimed: every claim counts
     * an attempt, so the attempt number and worker name identify the lease after its token is cleared.
     */
    private static boolean endedBy(Connection c, Lease lease, RunStatus status) throws SQLException {
        boolean[] ended = {false};
        Transactions.forEachRow(c, "SELECT 1 FROM runs WHERE sweep = ? AND id = ? AND status = ? AND worker = ? "
                + "AND attempts = ?", rs -> ended[0] = true, lease.sweep(), lease.run(), status.word(), lease.worker(),
                lease.attempt());
        return ended[0];
    }

    @Override
    public boolean release(Lease lease) {
        LeaseWrites.forget(lease);
        return access.tx(c -> Transactions.update(c, "UPDATE runs SET status = 'queued', lease = NULL, queued = ? "
                + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'",
                access.now(), lease.sweep(), lease.run(), lease.token()) == 1);
    }

    /**
     * Whether {@code lease} is the run's current lease; locks the run's row (PostgreSQL; SQLite's one
     * writer is the lock) until the transaction ends, so the answer holds for the rest of it.
     */
    static boolean holds(Connection c, Lease lease) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE runs SET lease = lease "
                + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'")) {
            st.setString(1, lease.sweep());
            st.setString(2, lease.run());
            st.setString(3, lease.token());
            return st.executeUpdate() == 1;
        }
    }
}
