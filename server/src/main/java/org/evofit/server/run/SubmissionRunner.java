package org.evofit.server.run;

/**
 * What runs the service's submissions: this machine's slots ({@link EmbeddedRuns}) or a cluster's workers
 * ({@link ClusterRuns}). Either keeps {@code submission.json} up to date, archives the finished runs into
 * the project and marks the submission ended; the routes only talk to this.
 */
interface SubmissionRunner extends AutoCloseable {

    /** Runs the submission: a new one, or one a previous process left unfinished (picked up where it is). */
    void start(Submission s);

    /** The live state of a submission this process follows, or null. */
    Live live(String id);

    /** How many of account {@code user}'s fits and sweeps wait for a slot (the quota queued-runs counts them). */
    int queued(String user);

    /** Stops a submission that has not ended; it ends as cancelled. */
    void cancel(Submission s);

    /** Lets go of the running submissions (they go on, or resume, on the next start). */
    @Override
    void close();

    /** What happens when a submission's runs are all done, before it is marked ended. */
    @FunctionalInterface
    interface Finisher {
        /** The submission's runs (their ids) are done: archive them. */
        void finished(Submission s, java.util.List<String> runIds);
    }
}
