package org.evofit.server.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.wrapper.io.ErrorFile;

/**
 * Why runs failed, as each failed run's error.txt says it, for the run pages and the JSON API. The service's runs
 * word their errors with the files named as uploaded ({@code data/film.dat:5:10: ...}), never by the server's
 * paths, as their result files name them.
 */
public final class RunErrors {

    private final RunDirectories directories;

    /** The errors of the runs in {@code directories}. */
    public RunErrors(RunDirectories directories) {
        this.directories = directories;
    }

    /** The error of the run in {@code runDir} when it failed (or a line saying it cannot be read); empty otherwise. */
    static Optional<String> of(Path runDir) {
        try {
            return ErrorFile.read(runDir);
        } catch (IOException e) {
            return Optional.of("(" + Unreadable.logged(ErrorFile.unreadable(e), e) + ")");
        }
    }

    /** The error of submission {@code id}'s fit when its run failed; empty while it has not, or for a sweep. */
    public Optional<String> ofFit(String id) {
        return directories.submission(id).flatMap(dir -> {
            Submission fit = new Submission(id, dir);
            List<String> planned = fit.planned();
            return planned.size() == 1 && fit.hasRun(planned.get(0)) ? of(fit.run(planned.get(0))) : Optional.empty();
        });
    }

    /** The error of each failed run of sweep {@code id}, by run id in plan order. */
    public Map<String, String> ofSweep(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        directories.submission(id).ifPresent(dir -> {
            Submission sweep = new Submission(id, dir);
            for (String runId : sweep.planned()) {
                if (sweep.hasRun(runId)) {
                    of(sweep.run(runId)).ifPresent(error -> out.put(runId, error));
                }
            }
        });
        return out;
    }
}
