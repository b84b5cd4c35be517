package org.evofit.server.project;

/**
 * Where a project keeps a submission's results once its runs are done: {@code results/ID/} for a fit,
 * {@code results/ID/RUN/} for each run of a sweep (and the sweep's own files in {@code results/ID/}). The
 * service names a run so in what it writes for users (a report's run directory), never by the server's path.
 */
public final class ResultFolder {

    private ResultFolder() {
    }

    /**
     * The project path of submission {@code submission}'s results, or of its run {@code run} (null for a fit's
     * only run, or for the sweep itself).
     */
    public static String of(String submission, String run) {
        return FileKind.RESULT.folder() + "/" + submission + (run == null ? "" : "/" + run);
    }
}
