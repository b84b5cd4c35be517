package org.evofit.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One Quartz job per run: key = run id, group = sweep id, requesting recovery (so that when its worker
 * dies, another member of the cluster runs it again), fired once, as soon as a slot is free, however
 * late (a run queued while no worker runs fires when one starts).
 */
public final class RunJobs {

    private RunJobs() {
    }

    /** The run's job. */
    public static JobDetail job(String sweep, String run) {
        return JobBuilder.newJob(RunJob.class).withIdentity(run, sweep).requestRecovery(true).build();
    }

    /** A trigger firing the run's job now; {@code name} tells a requeue's trigger from the first. */
    public static Trigger trigger(String sweep, String run, String name) {
        return trigger(sweep, run, name, Instant.now());
    }

    private static Trigger trigger(String sweep, String run, String name, Instant at) {
        return TriggerBuilder.newTrigger().withIdentity(name, sweep).forJob(JobKey.jobKey(run, sweep)).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
    }

    /**
     * Schedules the runs' jobs, in one transaction when none exists yet; a job that exists already
     * (scheduled by someone else meanwhile) is left as it is.
     */
    public static void schedule(Scheduler scheduler, String sweep, Collection<String> runs) throws SchedulerException {
        if (runs.isEmpty()) {
            return;
        }
        Map<JobDetail, Set<? extends Trigger>> batch = new LinkedHashMap<>();
        for (String run : runs) {
            batch.put(job(sweep, run), Set.of(trigger(sweep, run, run)));
        }
        try {
            scheduler.scheduleJobs(batch, false);
        } catch (ObjectAlreadyExistsException e) {
            for (String run : runs) {
                scheduleIfAbsent(scheduler, sweep, run);
            }
        }
    }

    /**
     * Schedules one run's job unless it exists.
     *
     * @return whether this call scheduled it (false: someone else had, another worker's orphan sweep say)
     */
    public static boolean scheduleIfAbsent(Scheduler scheduler, String sweep, String run) throws SchedulerException {
        try {
            scheduler.scheduleJob(job(sweep, run), trigger(sweep, run, run));
            return true;
        } catch (ObjectAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * A fresh trigger for a run whose worker is handing it back, due {@link #HAND_BACK_DELAY} from
     * now: a scheduler thread in standby that was already past its pause check would otherwise fire it
     * on the very worker that is leaving; two seconds is beyond its next look (one second) and well
     * within the time a leaving worker takes to halt.
     */
    public static void requeue(Scheduler scheduler, String sweep, String run) throws SchedulerException {
        requeue(scheduler, sweep, run, HAND_BACK_DELAY);
    }

    /** A fresh trigger for the run's job, due {@code after} from now. */
    static void requeue(Scheduler scheduler, String sweep, String run, Duration after) throws SchedulerException {
        JobKey key = JobKey.jobKey(run, sweep);
        Trigger t = trigger(sweep, run, run + "." + UUID.randomUUID().toString().substring(0, 8), Instant.now().plus(after));
        if (scheduler.checkExists(key)) {
            scheduler.scheduleJob(t);
        } else {
            scheduler.scheduleJob(job(sweep, run), t);
        }
    }

    /** Removes every job of the sweep that has not fired yet. */
    public static int unschedule(Scheduler scheduler, String sweep) throws SchedulerException {
        var keys = scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(sweep));
        scheduler.deleteJobs(new java.util.ArrayList<>(keys));
        return keys.size();
    }

    /** How long a handed-back run waits before another worker may start it. */
    static final Duration HAND_BACK_DELAY = Duration.ofSeconds(2);
}
