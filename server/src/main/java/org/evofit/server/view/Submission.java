package org.evofit.server.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.looper.Looper;
import org.evofit.server.ServiceException;
import org.evofit.wrapper.results.SweepJson;

/**
 * A submission's LocalSweep output directory and the runs in it: a fit is a sweep of one run.
 *
 * @param id  the submission's id
 * @param dir its directory
 */
record Submission(String id, Path dir) {

    /** Submission {@code id}, or a 404 refusal. */
    static Submission find(RunDirectories directories, String id) {
        Path dir = directories.submission(id)
                .orElseThrow(() -> ServiceException.notFound("no run or sweep " + id));
        return new Submission(id, dir);
    }

    /** The run ids of the plan (sweep.json), in plan order; none before the sweep is planned. */
    List<String> planned() {
        return plannedRuns().stream().map(SweepJson.Run::id).toList();
    }

    /** The runs of the plan (sweep.json) with their inputs; none before the sweep is planned. */
    List<SweepJson.Run> plannedRuns() {
        Path plan = dir.resolve(Looper.SWEEP_JSON);
        return Files.isRegularFile(plan) ? SweepJson.read(plan).runs() : List.of();
    }

    /** Whether run {@code runId} has a folder of files yet. */
    boolean hasRun(String runId) {
        return Listing.child(dir.resolve("runs"), runId).filter(Files::isDirectory).isPresent();
    }

    /** The directory of run {@code runId} (looked up in the listing of runs/), or a 404 refusal. */
    Path run(String runId) {
        return Listing.child(dir.resolve("runs"), runId).filter(Files::isDirectory)
                .orElseThrow(() -> ServiceException.notFound("sweep " + id + " has no files of a run " + runId));
    }

    /** The directory of a fit's only run, or a 404 refusal naming where a sweep's runs are. */
    Path onlyRun() {
        List<String> runs = planned();
        if (runs.isEmpty()) {
            throw ServiceException.notFound("run " + id + " has not started yet: no files");
        }
        if (runs.size() > 1) {
            throw ServiceException.notFound(id + " is a sweep of " + runs.size() + " runs: a run's files are at "
                    + "/api/sweeps/" + id + "/runs/RUNID/files/NAME");
        }
        return run(runs.get(0));
    }
}
