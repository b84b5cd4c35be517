package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeSettings;
import org.evofit.core.optim.Objective;
import org.evofit.dispatch.CheckpointBench;

/** Measures and prints what checkpoints cost each benchmarked fit, as a table and as JSON. */
final class CheckpointReport {

    private CheckpointReport() {
    }

    /** Runs {@link CheckpointBench} on the fit, its store in a temporary directory deleted afterwards. */
    static List<CheckpointBench.Report> measure(Objective objective, DeSettings settings, DeExecution execution) {
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-bench-checkpoints")) {
            return CheckpointBench.run(objective, settings, execution, cleanup.work());
        }
    }

    static void add(ObjectNode fitNode, StringBuilder table, String model, List<CheckpointBench.Report> reports) {
        ArrayNode all = fitNode.putArray("checkpoints");
        table.append(String.format(Locale.ROOT, "checkpoints of %s (1 thread; fastest of 3 against the same fit "
                + "without; saving: the time in the sink, last round)%n%-38s %6s %6s %14s %12s %12s%n", model, "cadence",
                "saves", "whole", "bytes/save", "overhead", "saving"));
        for (CheckpointBench.Report r : reports) {
            all.addObject().put("cadence", r.cadence()).put("saves", r.saves()).put("wholeSaves", r.wholeSaves())
                    .put("bytes", r.bytes()).put("bytesPerSave", r.bytesPerSave())
                    .put("secondsWithout", r.secondsWithout()).put("secondsWith", r.secondsWith())
                    .put("overhead", r.overhead()).put("savingSeconds", r.savingSeconds())
                    .put("savingShare", r.savingShare());
            table.append(String.format(Locale.ROOT, "%-38s %6d %6d %14.0f %11.1f%% %11.2f%%%n", r.cadence(), r.saves(),
                    r.wholeSaves(), r.bytesPerSave(), 100 * r.overhead(), 100 * r.savingShare()));
        }
    }
}
