package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link CheckpointStore} in the {@code checkpoints} table, one row per run, and the increments after it in
 * {@code checkpoint_increments}, checked against the run's lease.
 */
final class JdbcCheckpoints implements CheckpointStore {

    private final JdbcAccess access;

    JdbcCheckpoints(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public boolean save(Lease lease, int generation, byte[] bytes) {
        return access.tx(c -> {
            if (!LeaseWrites.holds(c, lease)) {
                return false;
            }
            Transactions.update(c, "DELETE FROM checkpoint_increments WHERE sweep = ? AND run = ?", lease.sweep(),
                    lease.run());
            Transactions.update(c, "INSERT INTO checkpoints (sweep, run, generation, content, saved) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sweep, run) DO UPDATE SET generation = excluded.generation, "
                    + "content = excluded.content, saved = excluded.saved",
                    lease.sweep(), lease.run(), generation, bytes, access.now());
            return true;
        });
    }

    @Override
    public boolean append(Lease lease, int generation, byte[] increment) {
        return access.tx(c -> {
            if (!LeaseWrites.holds(c, lease)) {
                return false;
            }
            if (Transactions.update(c, "UPDATE checkpoints SET generation = ?, saved = ? WHERE sweep = ? AND run = ?",
                    generation, access.now(), lease.sweep(), lease.run()) != 1) {
                throw new StoreException("run " + lease.run() + " of sweep " + lease.sweep()
                        + " has no whole checkpoint to append an increment to", null);
            }
            Transactions.update(c, "INSERT INTO checkpoint_increments (sweep, run, generation, content) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (sweep, run, generation) DO NOTHING",
                    lease.sweep(), lease.run(), generation, increment);
            return true;
        });
    }

    @Override
    public Optional<StoredCheckpoint> latest(String sweep, String run) {
        return access.tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT generation, content, saved FROM checkpoints WHERE sweep = ? AND run = ?")) {
                st.setString(1, sweep);
                st.setString(2, run);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredCheckpoint(rs.getInt(1), rs.getBytes(2),
                            Instant.ofEpochMilli(rs.getLong(3)), increments(c, sweep, run))) : Optional.empty();
                }
            }
        });
    }

    private static List<byte[]> increments(Connection c, String sweep, String run) throws SQLException {
        List<byte[]> increments = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM checkpoint_increments "
                + "WHERE sweep = ? AND run = ? ORDER BY generation")) {
            st.setString(1, sweep);
            st.setString(2, run);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    increments.add(rs.getBytes(1));
                }
            }
        }
        return increments;
    }

    @Override
    public boolean markResumed(Lease lease, int generation) {
        return access.tx(c -> Transactions.update(c, "UPDATE runs SET resumed_from = ? "
                + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'",
                generation, lease.sweep(), lease.run(), lease.token()) == 1);
    }
}
