package org.evofit.dispatch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.provenance.RepositoryState;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Sweeps re-run on a cron schedule ({@code evofit schedule}): a durable Quartz job per schedule with a
 * cron trigger, fired on whichever worker is free. Each firing re-plans the sweep file — its globs are
 * expanded again, so new data files become new runs — and queues the runs the schedule's sweep does
 * not have yet; runs it has (done or not) are left alone, so nothing is fitted twice.
 *
 * <p>The sweep file and its data are read where the firing runs, so they must be at the same path on
 * every worker (a shared directory) — unlike a submitted sweep, whose files travel in the store.
 */
public final class Schedules {

    /** The Quartz group of schedule jobs. */
    public static final String GROUP = "evofit-schedules";
    static final String SWEEP_FILE = "sweepFile";

    /**
     * A schedule as listed.
     *
     * @param id        the schedule id, also the id of the sweep its runs go into
     * @param sweepFile the sweep file it re-plans
     * @param cron      its cron expression
     * @param next      its next firing, or {@code null}
     */
    public record Schedule(String id, String sweepFile, String cron, Instant next) {
    }

    private Schedules() {
    }

    /**
     * Creates a schedule (and its empty sweep) and returns its id.
     *
     * @throws IllegalArgumentException for an invalid cron expression
     */
    public static String create(Database db, Path sweepFile, String cron) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("--cron: '" + cron + "' is not a Quartz cron expression (seconds minutes "
                    + "hours day-of-month month day-of-week [year], e.g. \"0 0 3 * * ?\" for 03:00 every day)");
        }
        Path file = sweepFile.toAbsolutePath().normalize();
        // Checked now, so a mistake shows here rather than in a worker's log at the first firing.
        Plans.of(file);
        String id = Submitter.newSweepId();
        db.store().queue().addSweep(id, file.toString(), List.of(), Map.of());
        JobDetail job = JobBuilder.newJob(ReplanJob.class).withIdentity(id, GROUP).storeDurably()
                .usingJobData(SWEEP_FILE, file.toString()).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(id, GROUP).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed()).build();
        withClient(db, s -> s.scheduleJob(job, trigger));
        return id;
    }

    /** Every schedule. */
    public static List<Schedule> list(Database db) {
        List<Schedule> out = new ArrayList<>();
        withClient(db, s -> {
            for (JobKey key : s.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                String file = s.getJobDetail(key).getJobDataMap().getString(SWEEP_FILE);
                for (Trigger t : s.getTriggersOfJob(key)) {
                    if (t instanceof CronTrigger c) {
                        out.add(new Schedule(key.getName(), file, c.getCronExpression(),
                                c.getNextFireTime() == null ? null : c.getNextFireTime().toInstant()));
                    }
                }
            }
            return null;
        });
        out.sort(java.util.Comparator.comparing(Schedule::id));
        return out;
    }

    /**
     * Removes a schedule (its sweep and runs stay).
     *
     * @return whether it existed
     */
    public static boolean remove(Database db, String id) {
        return withClient(db, s -> s.deleteJob(JobKey.jobKey(id, GROUP)));
    }

    /**
     * One firing: re-plans the sweep file, adds the runs the sweep lacks with their input files and
     * the git state of their model files (read here, in the shared directory, as a submitter reads it:
     * the results record it as a submitted run's do), and wakes the workers to claim them.
     *
     * @return the runs added
     */
    static List<RunSpec> replan(Database db, String id, Path sweepFile) {
        RunStore store = db.store();
        List<RunSpec> plan = Plans.of(sweepFile);
        Set<String> known = store.queue().runs(id).stream().map(RunRow::id).collect(Collectors.toSet());
        // Only the new runs' models: a firing every few seconds need not walk a repository for runs it keeps.
        Map<String, RepositoryState> origins = ModelOrigins.of(plan.stream().filter(r -> !known.contains(r.id())).toList());
        // Gathered as a submission's are: a file that cannot be read now is stored without the content an earlier
        // firing stored for its path, so the runs fail on it as a submitted sweep's do.
        List<RunSpec> added = store.queue().addRuns(id, plan, InputFiles.gather(plan), origins);
        Wakeups.notifyWorkers(db.dataSource());
        return added;
    }

    /** Work with a client scheduler. */
    @FunctionalInterface
    private interface SchedulerWork<T> {
        T run(Scheduler s) throws SchedulerException;
    }

    private static <T> T withClient(Database db, SchedulerWork<T> work) {
        Scheduler s = null;
        try {
            s = QuartzCluster.client(db.dataSource());
            return work.run(s);
        } catch (SchedulerException e) {
            throw new StoreException("Quartz: " + e.getMessage(), e);
        } finally {
            QuartzCluster.release(s);
        }
    }
}
