package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.TimeToSolution;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;

/** Runs {@code bench --time-to-solution} and prints it as a table and as JSON. */
final class TimeToSolutionReport {

    private TimeToSolutionReport() {
    }

    /**
     * Fits the model with its own settings on {@code threads} threads, seeds 1 to {@code seeds}, each
     * until it reaches {@code target}; each run is told on {@code progress} as it ends.
     */
    static TimeToSolution.Report measure(Path model, double target, int seeds, int threads, PrintWriter progress) {
        ModelDefinition def = ModelFiles.load(model);
        FitSettings settings = def.settings().withExecution(def.settings().execution().withThreads(threads));
        return TimeToSolution.measure(def.problem(), settings, target, seeds, 1, run -> {
            progress.println(String.format(Locale.ROOT, "time-to-solution: seed %d %s in %.3f s, %d evaluations, FOM %s",
                    run.seed(), run.reached() ? "reached the target" : "did NOT reach the target", run.seconds(),
                    run.evaluations(), Format.fom(run.fom())));
            progress.flush();
        });
    }

    static void add(ObjectNode root, StringBuilder table, Path model, int threads, TimeToSolution.Report r) {
        ObjectNode n = root.putObject("timeToSolution");
        n.put("model", model.toString()).put("target", r.target()).put("seeds", r.runs().size()).put("threads", threads)
                .put("medianSeconds", r.secondsQuantile(0.5)).put("q1Seconds", r.secondsQuantile(0.25))
                .put("q3Seconds", r.secondsQuantile(0.75)).put("minSeconds", r.secondsQuantile(0))
                .put("maxSeconds", r.secondsQuantile(1)).put("medianEvaluations", r.evaluationsQuantile(0.5));
        ArrayNode failures = n.putArray("failures");
        r.failures().forEach(f -> failures.add(f.seed()));
        ArrayNode runs = n.putArray("runs");
        for (TimeToSolution.Run run : r.runs()) {
            runs.addObject().put("seed", run.seed()).put("reached", run.reached()).put("seconds", run.seconds())
                    .put("evaluations", run.evaluations()).put("fom", run.fom());
        }
        table.append(String.format(Locale.ROOT, "time to solution: %s to FOM <= %s, %d seeds on %d threads%n"
                        + "median %.3f s (quartiles %.3f to %.3f, range %.3f to %.3f), median %.0f evaluations; "
                        + "%d of %d seeds reached the target%s%n", model, Format.fom(r.target()), r.runs().size(), threads,
                r.secondsQuantile(0.5), r.secondsQuantile(0.25), r.secondsQuantile(0.75), r.secondsQuantile(0),
                r.secondsQuantile(1), r.evaluationsQuantile(0.5), r.runs().size() - r.failures().size(), r.runs().size(),
                r.failures().isEmpty() ? "" : " (failed: seeds " + r.failures().stream()
                        .map(f -> Long.toString(f.seed())).collect(java.util.stream.Collectors.joining(", ")) + ")"));
    }
}
