package org.evofit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's output directory as evofit loop leaves it: sweep.json (the plan), runs/&lt;id&gt;/ with each
 * run's files (or error.txt), and summary.csv.
 *
 * @param dir  the sweep directory
 * @param runs every run of the plan, in plan order
 */
public record SweepData(Path dir, List<Run> runs) {

    /** The plan file. */
    public static final String SWEEP_JSON = "sweep.json";
    /** The runs' folder. */
    public static final String RUNS = "runs";

    /** Copies the list. */
    public SweepData {
        runs = List.copyOf(runs);
    }

    /**
     * One run of the sweep.
     *
     * @param id       its id
     * @param data     its data file, or {@code ""}
     * @param sequence its sequence value, or NaN outside a sequence
     * @param result   its files, or {@code null} when it failed or has not run
     * @param status   {@code ok}, {@code failed} or {@code pending}
     */
    public record Run(String id, String data, double sequence, RunData result, String status) {
    }

    /** Whether {@code dir} holds a sweep (its sweep.json). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SWEEP_JSON));
    }

    /** Reads the sweep in {@code dir}. */
    public static SweepData read(Path dir) {
        JsonNode plan = RunData.json(dir.resolve(SWEEP_JSON));
        List<Run> runs = new ArrayList<>();
        for (JsonNode r : plan.path("runs")) {
            String id = r.path("id").asText();
            if (id.isEmpty()) {
                throw new ReportInputException(dir.resolve(SWEEP_JSON) + ": a run without an id; expected the "
                        + "sweep.json evofit loop writes");
            }
            Path runDir = dir.resolve(RUNS).resolve(id);
            RunData result = RunData.isRun(runDir) ? RunData.read(runDir) : null;
            String status = result != null ? "ok" : Files.exists(runDir.resolve("error.txt")) ? "failed" : "pending";
            runs.add(new Run(id, r.path("data").asText(""), RunData.number(r.path("sequence")), result, status));
        }
        return new SweepData(dir, runs);
    }

    /** Whether the runs carry sequence values. */
    public boolean isSequence() {
        return runs.stream().anyMatch(r -> Double.isFinite(r.sequence()));
    }

    /** The runs that have results. */
    public List<Run> finished() {
        return runs.stream().filter(r -> r.result() != null).toList();
    }

    /** Every parameter fitted in any finished run, with its unit, first seen first. */
    public Map<String, String> fittedParameters() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Run r : finished()) {
            for (ParameterRow p : r.result().fitted()) {
                names.putIfAbsent(p.name(), p.unit());
            }
        }
        return names;
    }

    /** The x value of a run in trend charts: its sequence value, else its 1-based index in the plan. */
    public double position(Run run) {
        return isSequence() ? run.sequence() : runs.indexOf(run) + 1;
    }

    /** The label of that x value. */
    public String positionLabel() {
        return isSequence() ? "sequence value" : "run index";
    }
}
