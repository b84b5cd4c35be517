package org.evofit.dispatch;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * {@link ChainCheckpointStore} in the {@code chain_checkpoints} table: one row per piece of a run's log,
 * keyed by the chain's rows at its end, checked against the run's lease.
 */
final class JdbcChainCheckpoints implements ChainCheckpointStore {

    private final JdbcAccess access;

    JdbcChainCheckpoints(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public boolean replace(Lease lease, int rows, byte[] log) {
        return access.tx(c -> {
            if (!LeaseWrites.holds(c, lease)) {
                return false;
            }
            Transactions.update(c, "DELETE FROM chain_checkpoints WHERE sweep = ? AND run = ?", lease.sweep(), lease.run());
            Transactions.update(c, "INSERT INTO chain_checkpoints (sweep, run, chain_rows, content, saved) "
                    + "VALUES (?, ?, ?, ?, ?)", lease.sweep(), lease.run(), rows, log, access.now());
            return true;
        });
    }

    @Override
    public boolean append(Lease lease, int rows, byte[] records) {
        return access.tx(c -> {
            if (!LeaseWrites.holds(c, lease)) {
                return false;
            }
            boolean[] whole = {false};
            Transactions.forEachRow(c, "SELECT 1 FROM chain_checkpoints WHERE sweep = ? AND run = ? AND chain_rows < ?",
                    rs -> whole[0] = true, lease.sweep(), lease.run(), rows);
            if (!whole[0]) {
                throw new StoreException("run " + lease.run() + " of sweep " + lease.sweep()
                        + " has no whole chain checkpoint to append rows to", null);
            }
            Transactions.update(c, "INSERT INTO chain_checkpoints (sweep, run, chain_rows, content, saved) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sweep, run, chain_rows) DO NOTHING",
                    lease.sweep(), lease.run(), rows, records, access.now());
            return true;
        });
    }

    @Override
    public Optional<byte[]> latest(String sweep, String run) {
        return access.tx(c -> {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            boolean[] any = {false};
            Transactions.forEachRow(c, "SELECT content FROM chain_checkpoints WHERE sweep = ? AND run = ? "
                    + "ORDER BY chain_rows", rs -> {
                        log.writeBytes(rs.getBytes(1));
                        any[0] = true;
                    }, sweep, run);
            return any[0] ? Optional.of(log.toByteArray()) : Optional.empty();
        });
    }
}
