package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz schedulers of the evofit cluster: a clustered JDBC job store (JobStoreTX with the
 * PostgreSQL delegate) on the run store's database, sharing the run store's connection pool. Quartz
 * fires the schedules' re-planning ({@link Schedules}) only: runs are claimed from the run store by the
 * workers' slots ({@link RunClaims}), without Quartz's cluster-wide row lock ({@code TRIGGER_ACCESS}),
 * which serialised every start and completion when each run was a Quartz job.
 */
public final class QuartzCluster {

    /** All cluster members share this scheduler name (it keys the rows in Quartz's tables). */
    public static final String NAME = "evofit";
    /** How often a member checks in, ms. */
    static final long CHECKIN_MS = 1000;

    private QuartzCluster() {
    }

    /** A worker's scheduler, with one job thread for the schedules' firings (not started). */
    public static Scheduler worker(DataSource pool) throws SchedulerException {
        Properties p = common(pool);
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "evofit-replan");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        return new StdSchedulerFactory(p).getScheduler();
    }

    /**
     * Deletes the jobs (and their triggers) of every group but the schedules': the per-run jobs an older
     * worker, which fired one Quartz job per run, left in the tables.
     *
     * @return how many were deleted
     */
    static int deleteRunJobs(Scheduler scheduler) throws SchedulerException {
        List<JobKey> runJobs = new ArrayList<>();
        for (String group : scheduler.getJobGroupNames()) {
            if (!group.equals(Schedules.GROUP)) {
                runJobs.addAll(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group)));
            }
        }
        if (!runJobs.isEmpty()) {
            scheduler.deleteJobs(runJobs);
        }
        return runJobs.size();
    }

    /**
     * A scheduler that only schedules (no job threads, never started): what the schedules ({@link Schedules}:
     * create, list, remove) use to read and write the job store; released with {@link #release}.
     */
    public static Scheduler client(DataSource pool) throws SchedulerException {
        Properties p = common(pool);
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.ZeroSizeThreadPool");
        return new StdSchedulerFactory(p).getScheduler();
    }

    /**
     * Shuts a {@link #client} scheduler down. In a JVM that also runs a worker, Quartz hands the client the
     * worker's own scheduler (same name): that one is started and must keep running.
     */
    static void release(Scheduler scheduler) {
        boolean started;
        try {
            started = scheduler != null && scheduler.isStarted();
        } catch (SchedulerException e) {
            started = false;
        }
        if (scheduler != null && !started) {
            try {
                scheduler.shutdown();
            } catch (SchedulerException ignored) {
                // A scheduler that never started has nothing to release.
            }
        }
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
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(CHECKIN_MS));
        // After a failed check-in (the connection was lost) Quartz waits this long before the next; its
        // default, 15 s, is beyond the 8.5 s after which the others take this member for dead.
        p.setProperty("org.quartz.jobStore.dbRetryInterval", Long.toString(CHECKIN_MS));
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // Under the row lock each member takes a different due firing of a schedule.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // A firing due while no worker is up still comes when one starts.
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
