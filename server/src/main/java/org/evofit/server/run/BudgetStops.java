package org.evofit.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.de.DeResult;

/**
 * Which of a cluster submission's finished runs the workers stopped at the account's CPU budget, read from
 * the results exported into the submission's folder ({@code runs/ID/result.json}, its {@code stopReason}):
 * the workers record such a run as done with its best result, so only its result tells that it was cut short,
 * and the submission must then end {@link SubmissionStatus#STOPPED}, as on the service's own slots.
 */
final class BudgetStops {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BudgetStops() {
    }

    /**
     * The submission's stop message, or null when no run was stopped at its budget.
     *
     * @param folder the submission's folder the runs were exported into
     * @param runs   the ids of its runs
     */
    static String message(Path folder, List<String> runs) {
        long stopped = runs.stream().filter(id -> stoppedAtBudget(folder.resolve("runs").resolve(id).resolve("result.json")))
                .count();
        if (stopped == 0) {
            return null;
        }
        return "CPU budget reached" + (runs.size() > 1 ? " (" + stopped + " of " + runs.size() + " runs)" : "")
                + ": each fit kept its best result so far";
    }

    private static boolean stoppedAtBudget(Path result) {
        if (!Files.isRegularFile(result)) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(result.toFile());
            return DeResult.StopReason.CPU_BUDGET.name().equals(root.path("stopReason").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + result, e);
        }
    }
}
