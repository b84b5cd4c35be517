package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultJson;

/**
 * Prints each warning once on stderr ({@code evofit: warning: example.ort: 40 of 111 points have a
 * non-finite R and are left out of the fit}), also under {@code --quiet}, which silences progress, not
 * what a person must know to trust a result. A sweep whose runs share a data file warns once for it.
 * The warnings come from a fit as it is prepared, or from a run's recorded result.json: so {@code
 * evofit results} tells of a run fitted on a cluster worker what {@code evofit loop} tells of a local one.
 */
final class DataWarningPrinter {

    private final PrintWriter err;
    private final Set<String> printed = new HashSet<>();

    DataWarningPrinter(PrintWriter err) {
        this.err = err;
    }

    /** Prints the warnings not printed before; safe to call from several runs' threads. */
    synchronized void print(List<DataWarning> warnings) {
        lines(warnings.stream().map(DataWarning::message).toList());
    }

    /**
     * Prints what the run's recorded result.json in {@code runDir} warns of, as a loop prints it: the data
     * points left out, the non-finite terms the fitted model made, the fitted parameters that ended at a bound and the posterior sampler's warnings.
     * Nothing when the run recorded no result.json (it failed, or has not ended).
     */
    synchronized void printRecorded(String run, Path runDir) {
        Path file = runDir.resolve("result.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        ResultJson result = ResultJson.read(file);
        List<String> lines = new ArrayList<>();
        DataWarning.recorded(result).stream().map(DataWarning::message).forEach(lines::add);
        for (ResultJson.Parameter p : result.parameters()) {
            if (p.atBound() != null) {
                lines.add("run " + run + ": " + p.name() + " ended at its " + p.atBound() + " bound ("
                        + ("lower".equals(p.atBound()) ? p.min() : p.max()) + "): it has no standard error; widen the bound "
                        + "if the optimum lies beyond it");
            }
        }
        PosteriorJson posterior = PosteriorJson.section(file);
        if (posterior != null) {
            posterior.warnings().forEach(w -> lines.add("run " + run + ": posterior: " + w));
        }
        lines(lines);
    }

    private void lines(List<String> messages) {
        for (String message : messages) {
            if (printed.add(message)) {
                err.println("evofit: warning: " + message);
            }
        }
        err.flush();
    }
}
