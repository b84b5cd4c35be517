package org.evofit.dispatch;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * The {@link RunStore} in one JDBC database, SQLite or PostgreSQL, with the same statements for
 * both; each part keeps its own tables and every method of a part is one transaction.
 */
public final class JdbcRunStore implements RunStore {

    private final RunQueue queue;
    private final Leases leases;
    private final CheckpointStore checkpoints;
    private final ChainCheckpointStore chainCheckpoints;
    private final FileStore files;
    private final WorkerRegistry workers;

    /** The store in {@code db} (already migrated, see {@link Database}). */
    public JdbcRunStore(DataSource db) {
        this(db, Clock.systemUTC());
    }

    /** With a clock for the recorded times. */
    public JdbcRunStore(DataSource db, Clock clock) {
        JdbcAccess access = new JdbcAccess(db, clock);
        this.queue = new JdbcRunQueue(access);
        this.leases = new JdbcLeases(access);
        this.checkpoints = new JdbcCheckpoints(access);
        this.chainCheckpoints = new JdbcChainCheckpoints(access);
        this.files = new JdbcFileStore(access);
        this.workers = new JdbcWorkerRegistry(access);
    }

    @Override
    public RunQueue queue() {
        return queue;
    }

    @Override
    public Leases leases() {
        return leases;
    }

    @Override
    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    @Override
    public ChainCheckpointStore chainCheckpoints() {
        return chainCheckpoints;
    }

    @Override
    public FileStore files() {
        return files;
    }

    @Override
    public WorkerRegistry workers() {
        return workers;
    }
}
