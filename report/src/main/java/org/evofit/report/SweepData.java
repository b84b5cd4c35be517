package org.evofit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.wrapper.io.ErrorFile;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.SweepJson;

/**
 * A sweep's output directory as evofit loop leaves it: sweep.json (the plan), runs/&lt;id&gt;/ with each
 * run's files (or error.txt), and summary.csv.
 *
 * @param dir           the sweep directory
 * @param runs          every run of the plan, in plan order
 * @param sequenceLabel what the sequence values are (such as {@code temperature}), or {@code null}
 *                      when sweep.json does not say (a sequence nothing names, or an older sweep.json)
 * @param sequenceUnit  the sequence values' unit, or {@code null} when sweep.json does not say
 */
public record SweepData(Path dir, List<Run> runs, String sequenceLabel, String sequenceUnit) {

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
     * @param data     its data file, or each data set's file name after the data set's name (a sweep's
     *                 per-data-set {@code data:}), or {@code ""}
     * @param sequence its sequence value, or NaN outside a sequence
     * @param result   its files, or {@code null} when it failed or has not run
     * @param status   {@code ok}, {@code failed} or {@code pending}
     * @param error    why it failed, as its error.txt says it (the web service's runs name the files as uploaded
     *                 there), or {@code null} when it did not fail
     */
    public record Run(String id, String data, double sequence, RunData result, String status, String error) {

        /** A run that did not fail, or whose error is not known. */
        public Run(String id, String data, double sequence, RunData result, String status) {
            this(id, data, sequence, result, status, null);
        }
    }

    /** Whether {@code dir} holds a sweep (its sweep.json). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SWEEP_JSON));
    }

    /** Reads the sweep in {@code dir}. */
    public static SweepData read(Path dir) {
        Path planFile = dir.resolve(SWEEP_JSON);
        SweepJson plan = RunData.input(() -> SweepJson.read(planFile));
        List<Run> runs = new ArrayList<>();
        String label = null;
        String unit = null;
        for (SweepJson.Run r : plan.runs()) {
            // Every run of a sequence carries the same axis; the first that names it is enough.
            label = label == null ? r.sequenceLabel() : label;
            unit = unit == null ? r.sequenceUnit() : unit;
            if (r.id() == null || r.id().isEmpty()) {
                throw new ReportInputException(planFile + ": a run without an id; expected the "
                        + "sweep.json evofit loop writes");
            }
            Path runDir = dir.resolve(RUNS).resolve(r.id());
            RunData result = RunData.isRun(runDir) ? RunData.read(runDir) : null;
            Optional<String> error = result == null ? errorOf(runDir) : Optional.empty();
            runs.add(new Run(r.id(), r.data() != null ? r.data() : dataSets(r),
                    r.sequence() == null ? Double.NaN : r.sequence(), result, result != null ? "ok"
                    : error.isPresent() ? "failed" : "pending", error.orElse(null)));
        }
        return new SweepData(dir, runs, label, unit);
    }

    /**
     * A run's files by data set, {@code film in D2O: d2o-65A.dat, film in H2O: h2o-65A.dat}; {@code ""} for none.
     * Public for the web service's run page, which names a run's inputs the way this report does.
     */
    public static String dataSets(SweepJson.Run r) {
        List<String> files = new ArrayList<>();
        r.dataSets().forEach((name, file) -> files.add(name + ": " + Path.of(file).getFileName()));
        return String.join(", ", files);
    }

    /**
     * A failed run's error.txt, or a line saying it cannot be read (not the exception's message: it names the path);
     * empty when the run has none.
     */
    private static Optional<String> errorOf(Path runDir) {
        try {
            return ErrorFile.read(runDir);
        } catch (IOException e) {
            return Optional.of("(" + ErrorFile.unreadable(e) + ")");
        }
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

    /**
     * The label of that x value: the sequence's quantity and unit such as {@code temperature (K)},
     * {@code sequence value} when nothing names them, or {@code run index} outside a sequence.
     */
    public String positionLabel() {
        return isSequence() ? Axes.label(sequenceLabel == null ? "sequence value" : sequenceLabel, sequenceUnit)
                : "run index";
    }

    /**
     * The name of the sequence column in tables and trends.csv: {@code sequence} when nothing names
     * the values (as before units were recorded), else their quantity and unit.
     */
    public String sequenceColumn() {
        return Axes.label(sequenceLabel == null ? "sequence" : sequenceLabel, sequenceUnit);
    }

    /** A run's sequence value as a run page's heading shows it, such as {@code temperature 250 K}. */
    public String sequenceText(Run run) {
        return (sequenceLabel == null ? "sequence value" : sequenceLabel) + " " + Numbers.value(run.sequence())
                + (sequenceUnit == null || sequenceUnit.isEmpty() ? "" : " " + sequenceUnit);
    }
}
