package org.evofit.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.SchedulerConfigException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;

/**
 * Quartz's JDBC job store, remembering the signaler of the scheduler it serves so that a worker can wake
 * that scheduler's thread without a transaction. Quartz's own ways of waking it from outside (resuming,
 * scheduling) take the cluster's row lock ({@code TRIGGER_ACCESS}) for a write that does nothing here,
 * and every start and completion in the cluster waits on that lock.
 */
public final class SignallingJobStore extends JobStoreTX {

    /** Per data source name (unique per scheduler, {@link QuartzCluster}), its scheduler's signaler. */
    private static final Map<String, SchedulerSignaler> SIGNALERS = new ConcurrentHashMap<>();

    /** Made by Quartz from the scheduler's properties. */
    public SignallingJobStore() {
        super();
    }

    @Override
    public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
        super.initialize(loadHelper, signaler);
        SIGNALERS.put(getDataSource(), signaler);
    }

    @Override
    public void shutdown() {
        SIGNALERS.remove(getDataSource());
        super.shutdown();
    }

    /**
     * Tells the scheduler on {@code dataSource} to look for due triggers now (as a new trigger would);
     * nothing when it has shut down.
     */
    static void wake(String dataSource) {
        SchedulerSignaler signaler = SIGNALERS.get(dataSource);
        if (signaler != null) {
            signaler.signalSchedulingChange(0L);
        }
    }
}
