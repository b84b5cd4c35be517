/**
 * Running many fits: the {@link org.evofit.dispatch.RunStore} (SQLite for a local loop, PostgreSQL for a
 * cluster) with its queue, leases, checkpoints, stored files and worker registry; a sweep run on this
 * machine ({@link org.evofit.dispatch.LocalSweep}); the Quartz cluster's submitter, workers, schedules
 * and recovery, behind looper's dispatcher seam too ({@link org.evofit.dispatch.ClusterDispatcher});
 * pruning old sweeps ({@link org.evofit.dispatch.Pruner}).
 */
package org.evofit.dispatch;
