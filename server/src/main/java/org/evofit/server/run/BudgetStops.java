package org.evofit.server.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.de.DeResult;
import org.evofit.looper.SweepDirectory;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.ResultJson;

/**
 * Which of a cluster submission's finished runs the workers stopped at the account's CPU budget, read from
 * the results exported into the submission's folder ({@code runs/ID/result.json}, its {@code stopReason}):
 * the workers record such a run as done with its best result, so only its result tells that it was cut short,
 * and the submission must then end {@link SubmissionStatus#STOPPED}, as on the service's own slots.
 */
final class BudgetStops {

    private BudgetStops() {
    }

    /**
     * The submission's stop message, or null when no run was stopped at its budget.
     *
     * @param folder the submission's folder the runs were exported into
     * @param runs   the ids of its runs
     */
    static String message(Path folder, List<String> runs) {
        SweepDirectory exported = new SweepDirectory(folder);
        long stopped = runs.stream().map(id -> exported.dir(id).resolve(ResultFiles.RESULT_JSON))
                .filter(result -> Files.isRegularFile(result)
                        && DeResult.StopReason.CPU_BUDGET.name().equals(ResultJson.read(result).stopReason()))
                .count();
        if (stopped == 0) {
            return null;
        }
        return "CPU budget reached" + (runs.size() > 1 ? " (" + stopped + " of " + runs.size() + " runs)" : "")
                + ": each fit kept its best result so far";
    }
}
