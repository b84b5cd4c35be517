package org.evofit.dispatch;

import java.nio.file.Path;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** The Quartz job of a schedule: one firing re-plans its sweep file (see {@link Schedules}). */
@DisallowConcurrentExecution
public final class ReplanJob implements Job {

    private final Worker worker;

    /** A job for {@code worker} (made by the worker's job factory). */
    public ReplanJob(Worker worker) {
        this.worker = worker;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String id = context.getJobDetail().getKey().getName();
        Path file = Path.of(context.getMergedJobDataMap().getString(Schedules.SWEEP_FILE));
        worker.replan(id, file);
    }
}
