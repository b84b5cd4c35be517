package org.evofit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.io.ResultFiles;

/**
 * Everything a report shows of one finished fit, read from its run directory alone: result.json,
 * fit.csv, parameters.csv, history.csv, and, when the run wrote them, model.json and sld.csv.
 *
 * @param dir        the run directory
 * @param result     result.json
 * @param model      model.json, or a missing node for a run written before model summaries
 * @param curves     the data sets with their model curves
 * @param parameters the parameter table
 * @param history    best figure of merit per generation
 * @param sld        the SLD profile, or {@code null} when the model is not a reflectivity model
 * @param axes       how to plot the data
 */
public record RunData(Path dir, JsonNode result, JsonNode model, List<CurveData> curves,
                      List<ParameterRow> parameters, double[] history, SldData sld, Axes axes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the lists. */
    public RunData {
        curves = List.copyOf(curves);
        parameters = List.copyOf(parameters);
    }

    /** Whether {@code dir} holds a finished run (its result.json). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(ResultFiles.RESULT_JSON));
    }

    /** Reads the run in {@code dir}. */
    public static RunData read(Path dir) {
        JsonNode result = json(dir.resolve(ResultFiles.RESULT_JSON));
        Path modelFile = dir.resolve(ResultFiles.MODEL_JSON);
        JsonNode model = Files.isRegularFile(modelFile) ? json(modelFile) : MissingNode.getInstance();
        CsvTable fit = CsvTable.read(dir.resolve(ResultFiles.FIT_CSV));
        List<CurveData> curves = curves(fit);
        List<ParameterRow> parameters = parameters(CsvTable.read(dir.resolve(ResultFiles.PARAMETERS_CSV)));
        double[] history = history(CsvTable.read(dir.resolve(ResultFiles.HISTORY_CSV)));
        Path sldFile = dir.resolve(ResultFiles.SLD_CSV);
        SldData sld = Files.isRegularFile(sldFile) ? sld(CsvTable.read(sldFile)) : null;
        return new RunData(dir, result, model, curves, parameters, history, sld, axes(model, fit, curves));
    }

    /** The figure of merit's name. */
    public String fomName() {
        return result.path("fomName").asText("");
    }

    /** The figure of merit at the fitted values (NaN when result.json has none). */
    public double fom() {
        return number(result.path("fom"));
    }

    /** The parameters that were fitted, in table order. */
    public List<ParameterRow> fitted() {
        return parameters.stream().filter(ParameterRow::fit).toList();
    }

    /** The model file as result.json names it, or {@code ""}. */
    public String modelName() {
        return result.path("model").asText("");
    }

    static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ReportInputException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(file + (Files.exists(file) ? ": cannot be read: " + e.getMessage()
                    : ": file not found"), e);
        }
    }

    /** The curves of fit.csv, grouped by data set in the order they first appear. */
    public static List<CurveData> curves(CsvTable t) {
        int set = t.column("dataset");
        int x = t.column("x");
        int y = t.column("y");
        int err = t.column("error");
        int model = t.column("model");
        int res = t.column("residual");
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            rows.computeIfAbsent(t.text(r, set), k -> new ArrayList<>()).add(r);
        }
        List<CurveData> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
            List<Integer> idx = e.getValue();
            int n = idx.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] es = new double[n];
            double[] ms = new double[n];
            double[] rs = new double[n];
            boolean errors = true;
            for (int i = 0; i < n; i++) {
                int r = idx.get(i);
                xs[i] = t.number(r, x);
                ys[i] = t.number(r, y);
                es[i] = t.number(r, err);
                ms[i] = t.number(r, model);
                rs[i] = t.number(r, res);
                errors &= !t.text(r, err).isEmpty();
            }
            out.add(new CurveData(e.getKey(), xs, ys, errors ? es : null, ms, rs));
        }
        return out;
    }

    static List<ParameterRow> parameters(CsvTable t) {
        int name = t.column("name");
        int value = t.column("value");
        int fit = t.column("fit");
        int min = t.column("min");
        int max = t.column("max");
        int error = t.column("error");
        int low = t.column("errorLow");
        int high = t.column("errorHigh");
        int unit = t.has("unit") ? t.column("unit") : -1;
        List<ParameterRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            out.add(new ParameterRow(t.text(r, name), t.number(r, value), Boolean.parseBoolean(t.text(r, fit)),
                    t.number(r, min), t.number(r, max), t.number(r, error), t.number(r, low), t.number(r, high),
                    unit < 0 ? "" : t.text(r, unit)));
        }
        return out;
    }

    static double[] history(CsvTable t) {
        int fom = t.column("bestFom");
        double[] h = new double[t.rows().size()];
        for (int r = 0; r < h.length; r++) {
            h[r] = t.number(r, fom);
        }
        return h;
    }

    static SldData sld(CsvTable t) {
        int z = t.column("z");
        int re = t.column("sld");
        int im = t.column("isld");
        int n = t.rows().size();
        double[] zs = new double[n];
        double[] res = new double[n];
        double[] ims = new double[n];
        for (int r = 0; r < n; r++) {
            zs[r] = t.number(r, z);
            res[r] = t.number(r, re);
            ims[r] = t.number(r, im);
        }
        return new SldData(zs, res, ims);
    }

    private static Axes axes(JsonNode model, CsvTable fit, List<CurveData> curves) {
        if (!model.isMissingNode()) {
            return new Axes(model.path("x").path("quantity").asText("x"), model.path("x").path("unit").asText(""),
                    model.path("y").path("quantity").asText("y"), model.path("y").path("unit").asText(""),
                    model.path("logY").asBoolean(false) || spansDecades(curves));
        }
        return new Axes("x", fit.unitOf(fit.column("x")), "y", "", spansDecades(curves));
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
