package org.evofit.dispatch;

import org.evofit.looper.LogContext;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/** The Quartz job of one run: hands the run (sweep = job group, run = job name) to this process's worker. */
public final class RunJob implements Job {

    private final Worker worker;

    /** A job for {@code worker} (made by the worker's job factory). */
    public RunJob(Worker worker) {
        this.worker = worker;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobKey key = context.getJobDetail().getKey();
        try (LogContext logged = LogContext.of(key.getGroup(), key.getName())) {
            worker.run(key.getGroup(), key.getName(), context.isRecovering());
        }
    }
}
