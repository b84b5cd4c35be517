package org.evofit.dispatch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** {@link CheckpointStore} in the {@code checkpoints} table, one row per run, checked against the run's lease. */
final class JdbcCheckpoints implements CheckpointStore {

    private final JdbcAccess access;

    JdbcCheckpoints(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public boolean save(Lease lease, int generation, byte[] bytes) {
        return access.tx(c -> {
            if (!JdbcLeases.holds(c, lease)) {
                return false;
            }
            Transactions.update(c, "INSERT INTO checkpoints (sweep, run, generation, content, saved) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sweep, run) DO UPDATE SET generation = excluded.generation, "
                    + "content = excluded.content, saved = excluded.saved",
                    lease.sweep(), lease.run(), generation, bytes, access.now());
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
                            Instant.ofEpochMilli(rs.getLong(3)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean markResumed(Lease lease, int generation) {
        return access.tx(c -> Transactions.update(c, "UPDATE runs SET resumed_from = ? "
                + "WHERE sweep = ? AND id = ? AND lease = ? AND status = 'running'",
                generation, lease.sweep(), lease.run(), lease.token()) == 1);
    }
}
