package org.evofit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The report of one fit: title and date, model summary (sample layers or curve components,
 * instrument, data), fit statistics, the parameter table with uncertainties, the charts and the
 * provenance from result.json. Also the pages a sweep report gives each run.
 */
final class RunReport {

    /** Column widths of the parameter table. */
    private static final float[] PARAMETER_WIDTHS = {2.2f, 1.4f, 1.1f, 1.7f, 1.1f, 1.1f, 0.6f, 1f};

    private RunReport() {
    }

    /** The charts of a run: stem to chart. */
    static List<Named> charts(RunData run) {
        List<Named> out = new ArrayList<>();
        out.add(new Named("fit", Charts.fit(run, "Data and model")));
        if (run.sld() != null) {
            out.add(new Named("sld", Charts.sld(run.sld(), "SLD profile")));
        }
        out.add(new Named("convergence", Charts.convergence(run.history(), run.fomName(), "Convergence")));
        return out;
    }

    /** A chart and the file stem it is written under. */
    record Named(String stem, JFreeChart chart) {
    }

    static void write(PdfBuilder pdf, RunData run, Instant made, List<Named> charts) {
        pdf.title("evofit fit report: " + fileName(run.modelName()));
        pdf.paragraph("Run directory: " + run.dir().normalize());
        pdf.paragraph("Report made " + Dates.format(made) + "; fit finished "
                + Dates.format(run.result().path("finished").asText("")) + ".");
        model(pdf, run);
        statistics(pdf, run);
        parameters(pdf, run);
        pdf.heading("Charts");
        for (Named c : charts) {
            pdf.chart(c.chart(), 0.92f);
        }
        provenance(pdf, run);
    }

    /** The condensed page of a run in a sweep report. */
    static void page(PdfBuilder pdf, RunData run, String heading) {
        pdf.title(heading);
        pdf.paragraph("Data: " + String.join(", ", dataFiles(run)));
        statistics(pdf, run);
        parameters(pdf, run);
        pdf.chart(Charts.fit(run, "Data and model"), 0.75f);
    }

    static void model(PdfBuilder pdf, RunData run) {
        JsonNode m = run.model();
        pdf.heading("Model");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"model file", run.modelName()});
        if (!m.isMissingNode()) {
            facts.add(new String[] {"kind", m.path("kind").asText()});
            JsonNode inst = m.path("instrument");
            if (!inst.isMissingNode()) {
                facts.add(new String[] {"instrument", "probe " + inst.path("probe").asText() + ", wavelength "
                        + Numbers.value(inst.path("wavelength").asDouble()) + " Å, x in "
                        + inst.path("coords").asText() + ", resolution " + inst.path("resolution").asText()
                        + ", footprint " + inst.path("footprint").asText()});
            }
        }
        pdf.facts(facts);
        if (!m.isMissingNode()) {
            List<List<String>> sets = new ArrayList<>();
            for (JsonNode d : m.path("dataSets")) {
                sets.add(List.of(d.path("name").asText(), d.path("file").asText("—"),
                        Integer.toString(d.path("points").asInt()), d.path("errors").asBoolean() ? "yes" : "no"));
            }
            pdf.table(List.of("data set", "file", "points", "errors"), new float[] {1.5f, 4f, 0.8f, 0.8f}, sets);
            JsonNode sample = m.path("sample");
            if (!sample.isMissingNode()) {
                sample(pdf, sample);
            }
            if (m.path("components").size() > 0) {
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode c : m.path("components")) {
                    List<String> names = new ArrayList<>();
                    c.path("parameters").forEach(p -> names.add(p.asText()));
                    rows.add(List.of(c.path("name").asText(), componentKind(c), String.join(", ", names)));
                }
                pdf.table(List.of("component", "kind", "parameters"), new float[] {1f, 1.6f, 3f}, rows);
            }
        }
    }

    /**
     * A curve component's kind as model.json records it, with a polynomial's degree or an
     * expression's formula; a dash for a model script's components, whose kind is not known.
     */
    static String componentKind(JsonNode component) {
        String kind = component.path("kind").asText("");
        if (kind.isEmpty()) {
            return "—";
        }
        if (component.path("degree").isInt()) {
            return kind + " of degree " + component.path("degree").asInt();
        }
        if (component.path("expression").isTextual()) {
            return kind + " " + component.path("expression").asText();
        }
        return kind;
    }

    private static void sample(PdfBuilder pdf, JsonNode sample) {
        // Listed from the top (ambient) down, as a sample is drawn, though the file lists stacks bottom-up.
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ambient", sample.path("ambient").asText(), ""));
        List<JsonNode> stacks = new ArrayList<>();
        sample.path("stacks").forEach(stacks::add);
        for (int i = stacks.size() - 1; i >= 0; i--) {
            JsonNode s = stacks.get(i);
            List<String> layers = new ArrayList<>();
            s.path("layers").forEach(l -> layers.add(l.asText()));
            java.util.Collections.reverse(layers);
            rows.add(List.of("stack " + s.path("name").asText(), String.join(" / ", layers),
                    "× " + s.path("repetitions").asInt()));
        }
        rows.add(List.of("substrate", sample.path("substrate").asText(), ""));
        pdf.table(List.of("sample", "layers (top first)", "repeats"), new float[] {1.2f, 3.5f, 0.8f}, rows);
        List<List<String>> layers = new ArrayList<>();
        for (JsonNode l : sample.path("layers")) {
            layers.add(List.of(l.path("name").asText(), l.path("kind").asText(),
                    l.path("composition").isTextual() ? l.path("composition").asText() : "—"));
        }
        pdf.table(List.of("layer", "kind", "composition"), new float[] {1.2f, 1f, 2.5f}, layers);
    }

    static void statistics(PdfBuilder pdf, RunData run) {
        JsonNode r = run.result();
        pdf.heading("Fit statistics");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"figure of merit", run.fomName() + " = " + Numbers.value(run.fom())});
        double chi2 = RunData.number(r.path("chi2"));
        if (Double.isFinite(chi2)) {
            facts.add(new String[] {"reduced chi²", Numbers.value(chi2)});
        }
        facts.add(new String[] {"generations", r.path("generations").asText()});
        facts.add(new String[] {"evaluations", r.path("evaluations").asText()});
        facts.add(new String[] {"time", Numbers.value(RunData.number(r.path("seconds"))) + " s ("
                + Numbers.value(RunData.number(r.path("evaluationsPerSecond"))) + " evaluations/s)"});
        facts.add(new String[] {"optimizer", r.path("strategy").asText() + ", population "
                + r.path("population").asText() + ", seed " + r.path("seed").asText() + ", "
                + r.path("threads").asText() + " threads; stopped: " + r.path("stopReason").asText()
                + (r.path("refined").asBoolean() ? "; refined by Levenberg-Marquardt" : "")});
        pdf.facts(facts);
    }

    static void parameters(PdfBuilder pdf, RunData run) {
        pdf.heading("Parameters");
        List<List<String>> rows = new ArrayList<>();
        for (ParameterRow p : run.parameters()) {
            rows.add(List.of(p.name(), Numbers.value(p.value()), p.fit() ? "± " + Numbers.error(p.error()) : "—",
                    p.fit() ? Numbers.range(p.errorLow(), p.errorHigh()) : "—", Numbers.value(p.min()),
                    Numbers.value(p.max()), p.fit() ? "yes" : "no", p.unit()));
        }
        pdf.table(List.of("parameter", "value", "σ", "low / high", "min", "max", "fit", "unit"), PARAMETER_WIDTHS,
                rows);
        pdf.note("σ: standard error from the covariance at the optimum. low / high: GenX's error bars, the spread "
                + "of the evaluations within the error-bar level of the best figure of merit.");
    }

    static void provenance(PdfBuilder pdf, RunData run) {
        JsonNode r = run.result();
        JsonNode p = r.path("provenance");
        pdf.heading("Provenance");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"evofit", p.path("evofitVersion").asText(r.path("evofitVersion").asText())
                + ", build " + p.path("buildCommit").asText("unknown")});
        facts.add(new String[] {"model file", p.path("modelFile").asText("—")});
        facts.add(new String[] {"model SHA-256", p.path("modelSha256").asText("—")});
        facts.add(new String[] {"model commit", p.path("modelRepositoryCommit").isTextual()
                ? p.path("modelRepositoryCommit").asText() + (p.path("modelUncommitted").asBoolean()
                ? " (model file changed since)" : "") : "not in a git repository"});
        facts.add(new String[] {"started / finished", Dates.format(r.path("started").asText("")) + " / "
                + Dates.format(r.path("finished").asText(""))});
        facts.add(new String[] {"Java / OS", p.path("jvm").path("version").asText() + " ("
                + p.path("jvm").path("vendor").asText() + ") / " + p.path("os").path("name").asText() + " "
                + p.path("os").path("arch").asText()});
        pdf.facts(facts);
    }

    static List<String> dataFiles(RunData run) {
        List<String> files = new ArrayList<>();
        run.model().path("dataSets").forEach(d -> files.add(fileName(d.path("file").asText(d.path("name").asText()))));
        if (files.isEmpty()) {
            run.curves().forEach(c -> files.add(c.name()));
        }
        return files;
    }

    static String fileName(String path) {
        if (path == null || path.isEmpty()) {
            return "—";
        }
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
