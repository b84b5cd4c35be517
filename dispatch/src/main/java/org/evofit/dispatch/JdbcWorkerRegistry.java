package org.evofit.dispatch;

import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link WorkerRegistry} in the {@code workers} table, one row per worker name. */
final class JdbcWorkerRegistry implements WorkerRegistry {

    private final JdbcAccess access;

    JdbcWorkerRegistry(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public void heartbeat(String worker, String host, int slots, Instant started) {
        access.tx(c -> Transactions.update(c, "INSERT INTO workers (name, host, slots, started, heartbeat) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET host = excluded.host, slots = excluded.slots, "
                + "started = excluded.started, heartbeat = excluded.heartbeat",
                worker, host, slots, started.toEpochMilli(), access.now()));
    }

    @Override
    public void leave(String worker) {
        access.tx(c -> Transactions.update(c, "DELETE FROM workers WHERE name = ?", worker));
    }

    @Override
    public SortedMap<String, Instant> heartbeats() {
        return access.tx(c -> {
            SortedMap<String, Instant> out = new TreeMap<>();
            Transactions.forEachRow(c, "SELECT name, heartbeat FROM workers",
                    rs -> out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
            return out;
        });
    }
}
