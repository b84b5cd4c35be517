package org.evofit.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.FitRow;
import org.evofit.wrapper.results.HistoryRow;
import org.evofit.wrapper.results.ModelJson;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultFileException;
import org.evofit.wrapper.results.ResultJson;
import org.evofit.wrapper.results.SldRow;

/**
 * Everything a report shows of one finished fit, read from its run directory alone: result.json,
 * fit.csv, parameters.csv, history.csv, and, when the run wrote them, model.json and sld.csv (a joint
 * model's sld-&lt;sample&gt;.csv, one per sample).
 *
 * @param dir        the run directory
 * @param result     result.json
 * @param model      model.json, or {@code null} for a run written before model summaries
 * @param curves     the data sets with their model curves
 * @param parameters the parameter table
 * @param history    best figure of merit per generation
 * @param sld        the SLD profile, or {@code null} when the model is not a reflectivity model of one sample
 * @param axes       how to plot the data
 * @param sampleSlds a joint model's SLD profiles by sample, in model.json's order; empty for other models
 */
public record RunData(Path dir, ResultJson result, ModelJson model, List<CurveData> curves,
                      List<ParameterRow> parameters, double[] history, SldData sld, Axes axes,
                      Map<String, SldData> sampleSlds) {

    /** Copies the lists and the map. */
    public RunData {
        curves = List.copyOf(curves);
        parameters = List.copyOf(parameters);
        sampleSlds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sampleSlds));
    }

    /** A run of a model with at most one sample. */
    public RunData(Path dir, ResultJson result, ModelJson model, List<CurveData> curves,
                   List<ParameterRow> parameters, double[] history, SldData sld, Axes axes) {
        this(dir, result, model, curves, parameters, history, sld, axes, Map.of());
    }

    /** Whether {@code dir} holds a finished run (its result.json). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(ResultFiles.RESULT_JSON));
    }

    /** Reads the run in {@code dir}. */
    public static RunData read(Path dir) {
        ResultJson result = input(() -> ResultJson.read(dir.resolve(ResultFiles.RESULT_JSON)));
        Path modelFile = dir.resolve(ResultFiles.MODEL_JSON);
        ModelJson model = Files.isRegularFile(modelFile) ? input(() -> ModelJson.read(modelFile)) : null;
        FitRow.Table fit = input(() -> FitRow.read(dir.resolve(ResultFiles.FIT_CSV)));
        List<CurveData> curves = curves(fit.rows());
        List<ParameterRow> parameters = input(() -> ParameterRow.read(dir.resolve(ResultFiles.PARAMETERS_CSV)));
        double[] history = input(() -> HistoryRow.read(dir.resolve(ResultFiles.HISTORY_CSV))).stream()
                .mapToDouble(HistoryRow::bestFom).toArray();
        Path sldFile = dir.resolve(ResultFiles.SLD_CSV);
        SldData sld = Files.isRegularFile(sldFile) ? sld(input(() -> SldRow.read(sldFile))) : null;
        return new RunData(dir, result, model, curves, parameters, history, sld, axes(model, fit.xUnit(), curves),
                sampleSlds(dir, model));
    }

    /** Each sample's sld-&lt;sample&gt;.csv that the run wrote, by sample, for a joint model. */
    private static Map<String, SldData> sampleSlds(Path dir, ModelJson model) {
        Map<String, SldData> out = new LinkedHashMap<>();
        if (model != null && model.samples() != null) {
            for (String sample : model.samples().keySet()) {
                Path file = dir.resolve(ResultFiles.sldCsvOf(sample));
                if (Files.isRegularFile(file)) {
                    out.put(sample, sld(input(() -> SldRow.read(file))));
                }
            }
        }
        return out;
    }

    /** A result file read for a report; what makes it unreadable is the report's input mistake. */
    static <T> T input(Supplier<T> read) {
        try {
            return read.get();
        } catch (ResultFileException e) {
            throw new ReportInputException(e.getMessage(), e);
        }
    }

    /** The figure of merit's name. */
    public String fomName() {
        return result.fomName() == null ? "" : result.fomName();
    }

    /** The figure of merit at the fitted values (NaN when result.json has none). */
    public double fom() {
        return result.fom();
    }

    /** The parameters that were fitted, in table order. */
    public List<ParameterRow> fitted() {
        return parameters.stream().filter(ParameterRow::fit).toList();
    }

    /** The model file as result.json names it, or {@code ""}. */
    public String modelName() {
        return result.model() == null ? "" : result.model();
    }

    /** The data sets as model.json lists them; none for a run written before model summaries. */
    public List<ModelJson.DataSetEntry> dataSets() {
        return model == null ? List.of() : model.dataSets();
    }

    /** The rows of fit.csv grouped by data set, in the order they first appear. */
    public static List<CurveData> curves(List<FitRow> fit) {
        Map<String, List<FitRow>> bySet = new LinkedHashMap<>();
        for (FitRow r : fit) {
            bySet.computeIfAbsent(r.dataset(), k -> new ArrayList<>()).add(r);
        }
        List<CurveData> out = new ArrayList<>();
        bySet.forEach((name, rows) -> {
            boolean errors = rows.stream().allMatch(r -> r.error() != null);
            out.add(new CurveData(name, column(rows, FitRow::x), column(rows, FitRow::y),
                    errors ? column(rows, FitRow::error) : null, column(rows, FitRow::model),
                    column(rows, FitRow::residual)));
        });
        return out;
    }

    private static double[] column(List<FitRow> rows, java.util.function.ToDoubleFunction<FitRow> field) {
        return rows.stream().mapToDouble(field).toArray();
    }

    static SldData sld(List<SldRow> rows) {
        boolean magnetic = !rows.isEmpty() && rows.get(0).magnetic();
        return new SldData(rows.stream().mapToDouble(SldRow::z).toArray(), rows.stream().mapToDouble(SldRow::sld)
                .toArray(), rows.stream().mapToDouble(SldRow::isld).toArray(),
                magnetic ? rows.stream().mapToDouble(SldRow::rhoM).toArray() : null);
    }

    static Axes axes(ModelJson model, String xUnit, List<CurveData> curves) {
        if (model != null) {
            return new Axes(text(model.x() == null ? null : model.x().quantity(), "x"),
                    text(model.x() == null ? null : model.x().unit(), ""),
                    text(model.y() == null ? null : model.y().quantity(), "y"),
                    text(model.y() == null ? null : model.y().unit(), ""),
                    model.logY() || spansDecades(curves));
        }
        return new Axes("x", xUnit, "y", "", spansDecades(curves));
    }

    private static String text(String s, String fallback) {
        return s == null ? fallback : s;
    }

    /** Positive data spanning more than two decades are easier to read on a log scale. */
    static boolean spansDecades(List<CurveData> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CurveData c : curves) {
            for (double v : c.y()) {
                if (v <= 0) {
                    return false;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi > 0 && hi / lo > 100;
    }
}
