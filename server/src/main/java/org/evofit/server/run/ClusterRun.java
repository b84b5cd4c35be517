package org.evofit.server.run;

/**
 * One run of a submission sent to the cluster, as the run store has it: what the status and the progress
 * events show in place of the generation-by-generation progress a local slot reports.
 *
 * @param id         the run's id (its folder under {@code runs/})
 * @param status     queued, running, done, failed or cancelled
 * @param worker     the worker that fitted it (or fits it now), or null before one claimed it
 * @param generation the generation of its latest checkpoint while it runs (workers checkpoint every few
 *                   seconds), or null
 * @param fom        its figure of merit once done, or null
 */
public record ClusterRun(String id, String status, String worker, Integer generation, Double fom) {

    /** Whether its result is recorded. */
    boolean done() {
        return "done".equals(status);
    }
}
