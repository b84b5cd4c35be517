package org.evofit.dispatch;

/**
 * Where dispatch keeps sweeps and everything about their runs, one concern per part: the queue of
 * runs, the leases under which a run's outcome is recorded exactly once, optimizer and sampler checkpoints, the
 * stored files (results and inputs) and the registry of cluster workers. {@link JdbcRunStore} keeps
 * them in SQLite (a local loop's {@code DIR/evofit.db}) or PostgreSQL (a cluster).
 *
 * <pre>{@code
 * RunStore store = new JdbcRunStore(database.dataSource());
 * store.queue().addSweep("s1", "sweep.yaml", plan, InputFiles.collect(plan));
 * Lease lease = store.leases().claim("s1", plan.get(0).id(), "w1").orElseThrow();
 * store.leases().recordResult(lease, fom, files);
 * }</pre>
 */
public interface RunStore {

    /** Sweeps and their runs: adding, reading, counting, cancelling. */
    RunQueue queue();

    /** Claiming a run and recording its outcome under the claim. */
    Leases leases();

    /** The runs' optimizer checkpoints. */
    CheckpointStore checkpoints();

    /** The sampling runs' chain checkpoints. */
    ChainCheckpointStore chainCheckpoints();

    /** The runs' recorded files and the sweeps' input files. */
    FileStore files();

    /** The cluster's workers and their heartbeats. */
    WorkerRegistry workers();
}
