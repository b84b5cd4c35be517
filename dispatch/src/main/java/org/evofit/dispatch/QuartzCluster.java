package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz schedulers of the evofit cluster: a clustered JDBC job store (JobStoreTX with the
 * PostgreSQL delegate) on the run store's database, sharing the run store's connection pool.
 *
 * <p>Tuned for latency: a worker checks in every second (so a dead worker's runs are recovered about
 * nine seconds after it died: Quartz adds a fixed 7.5 s grace), and idles for Quartz's minimum of one
 * second between polls; new work does not wait for that poll, since the submitter's NOTIFY
 * wakes every worker ({@link Wakeups}), which signals its scheduler thread directly ({@link SignallingJobStore}).
 */
public final class QuartzCluster {

    /** All cluster members share this scheduler name (it keys the rows in Quartz's tables). */
    public static final String NAME = "evofit";
    /** How often a member checks in, ms. */
    static final long CHECKIN_MS = 1000;

    private QuartzCluster() {
    }

    /** The scheduler context's key of the scheduler's data source name ({@link #wake}). */
    private static final String DATA_SOURCE = "evofit.dataSource";

    /** A worker's scheduler with {@code slots} job threads (not started). */
    public static Scheduler worker(DataSource pool, int slots) throws SchedulerException {
        Properties p = common(pool);
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(slots));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "evofit-slot");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        Scheduler s = new StdSchedulerFactory(p).getScheduler();
        s.getContext().put(DATA_SOURCE, p.getProperty("org.quartz.jobStore.dataSource"));
        return s;
    }

    /**
     * Wakes a worker's scheduler thread to look for due triggers at once, without a transaction: new work
     * was committed ({@link Wakeups}). Its thread otherwise looks again after its idle wait.
     */
    static void wake(Scheduler worker) throws SchedulerException {
        SignallingJobStore.wake((String) worker.getContext().get(DATA_SOURCE));
    }

    /**
     * A scheduler that only schedules (no job threads, never started): what {@code submit},
     * {@code cancel} and {@code schedule} use to write into the job store.
     */
    public static Scheduler client(DataSource pool) throws SchedulerException {
        Properties p = common(pool);
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.ZeroSizeThreadPool");
        return new StdSchedulerFactory(p).getScheduler();
    }

    private static Properties common(DataSource pool) {
        String dataSource = "evofit-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new PoolProvider(pool));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", SignallingJobStore.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass", SweepPriorityDelegate.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(CHECKIN_MS));
        // After a failed check-in (the connection was lost) Quartz waits this long before the next; its
        // default, 15 s, is beyond the 8.5 s after which the others take this member for dead and hand
        // its running jobs to another worker.
        p.setProperty("org.quartz.jobStore.dbRetryInterval", Long.toString(CHECKIN_MS));
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // Without the lock, workers race for the same next trigger; a loser that misses three times in a
        // row idles for a second although work is waiting. Under the row lock each takes a different one.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // A run queued while no worker is up must still run when one starts, however late.
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** Hands Quartz connections from the run store's pool. */
    private record PoolProvider(DataSource pool) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the Database, which closes it.
        }

        @Override
        public void initialize() {
            // Nothing: the pool is open.
        }
    }
}
