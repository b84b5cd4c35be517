package org.evofit.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link WorkerRegistry} in the {@code workers} table, one row per worker name. */
final class JdbcWorkerRegistry implements WorkerRegistry {

    private final JdbcAccess access;

    JdbcWorkerRegistry(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public void heartbeat(String worker, String host, long pid, int slots, Instant started) {
        access.tx(c -> Transactions.update(c, "INSERT INTO workers (name, host, pid, slots, started, heartbeat) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET host = excluded.host, pid = excluded.pid, "
                + "slots = excluded.slots, started = excluded.started, heartbeat = excluded.heartbeat",
                worker, host, pid, slots, started.toEpochMilli(), access.now()));
    }

    @Override
    public void leave(String worker) {
        access.tx(c -> Transactions.update(c, "DELETE FROM workers WHERE name = ?", worker));
    }

    @Override
    public Optional<WorkerBeat> last(String worker) {
        return access.tx(c -> {
            List<WorkerBeat> found = new ArrayList<>();
            Transactions.forEachRow(c, "SELECT host, pid, heartbeat FROM workers WHERE name = ?",
                    rs -> found.add(new WorkerBeat(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)))), worker);
            return found.stream().findFirst();
        });
    }

    @Override
    public SortedMap<String, Instant> heartbeats() {
        return access.read(c -> {
            SortedMap<String, Instant> out = new TreeMap<>();
            Transactions.forEachRow(c, "SELECT name, heartbeat FROM workers",
                    rs -> out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
            return out;
        });
    }
}
