package org.evofit.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.results.ModelJson;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultJson;
import org.evofit.wrapper.sample.PosteriorBands;
import org.jfree.chart.JFreeChart;

/**
 * The report of one fit: title and date, model summary (sample layers or curve components,
 * instrument, data), fit statistics, the parameter table with uncertainties, the charts and the
 * provenance from result.json. Also the pages a sweep report gives each run.
 */
final class RunReport {

    /** Column widths of the parameter table. */
    private static final float[] PARAMETER_WIDTHS = {2.2f, 1.4f, 1.1f, 1.7f, 1.1f, 1.1f, 0.6f, 1f};
    /** The stem of the spin asymmetry's chart. */
    private static final String SPIN_ASYMMETRY = "spin-asymmetry";

    private RunReport() {
    }

    /** The charts of a run not sampled: stem to chart. */
    static List<Named> charts(RunData run) {
        return charts(run, null);
    }

    /**
     * The charts of a run: stem to chart; a sampled run's fit and SLD charts carry the posterior
     * bands ({@code posterior} null: none).
     */
    static List<Named> charts(RunData run, PosteriorData posterior) {
        List<Named> out = new ArrayList<>();
        out.add(new Named("fit", Charts.fit(run.axes(), run.curves(), "Data and model",
                posterior == null ? List.of() : posterior.curves())));
        if (run.sld() != null) {
            out.add(new Named("sld", Charts.sld(run.sld(), "SLD profile",
                    posterior == null ? List.of() : posterior.sld(), PosteriorBands.ONE_SAMPLE)));
        }
        // A joint model's samples each have their own profile, as sld-<sample>.csv holds it.
        run.sampleSlds().forEach((sample, sld) -> out.add(new Named("sld-" + sample,
                Charts.sld(sld, "SLD profile of sample " + sample, posterior == null ? List.of() : posterior.sld(),
                        sample))));
        SpinAsymmetry.of(run).ifPresent(sa -> out.add(new Named(SPIN_ASYMMETRY,
                Charts.spinAsymmetry(sa, run.axes().xLabel(), "Spin asymmetry"))));
        out.add(new Named("convergence", Charts.convergence(run.history(), run.fomName(), "Convergence")));
        return out;
    }

    /** A chart and the file stem it is written under. */
    record Named(String stem, JFreeChart chart) {
    }

    /**
     * The report of a run, whose directory it calls {@code dirName}; a sampled run's ({@code posterior} not null)
     * with its posterior pages.
     */
    static void write(PdfBuilder pdf, RunData run, String dirName, Instant made, List<Named> charts, PosteriorData posterior) {
        pdf.title("evofit fit report: " + fileName(run.modelName()));
        pdf.paragraph("Run directory: " + dirName);
        pdf.paragraph("Report made " + Dates.format(made) + "; fit finished "
                + Dates.format(text(run.result().finished())) + ".");
        model(pdf, run);
        statistics(pdf, run);
        parameters(pdf, run);
        pdf.heading("Charts");
        for (Named c : charts) {
            pdf.chart(c.chart(), 0.92f);
            if (c.stem().equals("fit")) {
                UndrawnPoints.of(run).note().ifPresent(pdf::note);
            }
            if (c.stem().equals(SPIN_ASYMMETRY)) {
                SpinAsymmetry.of(run).flatMap(SpinAsymmetry::note).ifPresent(pdf::note);
            }
        }
        if (posterior != null) {
            PosteriorPages.write(pdf, posterior);
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
        UndrawnPoints.of(run).note().ifPresent(pdf::note);
    }

    static void model(PdfBuilder pdf, RunData run) {
        ModelJson m = run.model();
        pdf.heading("Model");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"model file", run.modelName()});
        if (m != null) {
            facts.add(new String[] {"kind", String.valueOf(m.kind())});
            ModelJson.Instrument inst = m.instrument();
            if (inst != null) {
                facts.add(new String[] {"instrument", instrumentText(inst)});
            }
        }
        pdf.facts(facts);
        if (m != null) {
            dataSets(pdf, m);
            if (m.sample() != null) {
                sample(pdf, m.sample());
            }
            if (m.samples() != null) {
                m.samples().forEach((name, sample) -> {
                    pdf.paragraph("Sample " + name + ":");
                    sample(pdf, sample);
                });
            }
            if (m.components() != null && !m.components().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ModelJson.Component c : m.components()) {
                    rows.add(List.of(String.valueOf(c.name()), componentKind(c),
                            String.join(", ", c.parameters() == null ? List.of() : c.parameters())));
                }
                pdf.table(List.of("component", "kind", "parameters"), new float[] {1f, 1.6f, 3f}, rows);
            }
        }
    }

    /**
     * The data sets; in a joint model each with the sample and instrument that produce it, and each
     * instrument described.
     */
    private static void dataSets(PdfBuilder pdf, ModelJson m) {
        boolean joint = m.instruments() != null;
        boolean polarised = m.dataSets().stream().anyMatch(d -> d.channel() != null);
        List<List<String>> sets = new ArrayList<>();
        for (ModelJson.DataSetEntry d : m.dataSets()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(d.name()), d.file() == null ? "—" : d.file(),
                    Integer.toString(d.points()), d.errors() ? "yes" : "no"));
            if (joint) {
                row.addAll(List.of(text(d.sample()), text(d.instrument())));
            }
            if (polarised) {
                row.add(text(d.channel()));
            }
            sets.add(row);
        }
        if (!joint) {
            pdf.table(List.of("data set", "file", "points", "errors"), new float[] {1.5f, 4f, 0.8f, 0.8f}, sets);
            return;
        }
        if (polarised) {
            pdf.table(List.of("data set", "file", "points", "errors", "sample", "instrument", "channel"),
                    new float[] {1.5f, 3f, 0.8f, 0.8f, 1f, 1f, 0.8f}, sets);
        } else {
            pdf.table(List.of("data set", "file", "points", "errors", "sample", "instrument"),
                    new float[] {1.5f, 3f, 0.8f, 0.8f, 1f, 1f}, sets);
        }
        List<String[]> instruments = new ArrayList<>();
        m.instruments().forEach((name, inst) -> instruments.add(new String[] {"instrument " + name,
                instrumentText(inst)}));
        pdf.facts(instruments);
    }

    private static String instrumentText(ModelJson.Instrument inst) {
        return "probe " + inst.probe() + ", wavelength " + Numbers.value(inst.wavelength()) + " Å, x in "
                + inst.coords() + ", resolution " + inst.resolution() + ", footprint " + inst.footprint();
    }

    /**
     * A curve component's kind as model.json records it, with a polynomial's degree or an
     * expression's formula; a dash for a model script's components, whose kind is not known.
     */
    static String componentKind(ModelJson.Component component) {
        String kind = text(component.kind());
        if (kind.isEmpty()) {
            return "—";
        }
        if (component.degree() != null) {
            return kind + " of degree " + component.degree();
        }
        if (component.expression() != null) {
            return kind + " " + component.expression();
        }
        return kind;
    }

    private static void sample(PdfBuilder pdf, ModelJson.Sample sample) {
        // Listed from the top (ambient) down, as a sample is drawn, though the file lists stacks bottom-up.
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ambient", String.valueOf(sample.ambient()), ""));
        List<ModelJson.Stack> stacks = sample.stacks() == null ? List.of() : sample.stacks();
        for (int i = stacks.size() - 1; i >= 0; i--) {
            ModelJson.Stack s = stacks.get(i);
            List<String> layers = new ArrayList<>(s.layers() == null ? List.of() : s.layers());
            java.util.Collections.reverse(layers);
            rows.add(List.of("stack " + s.name(), String.join(" / ", layers), "× " + s.repetitions()));
        }
        rows.add(List.of("substrate", String.valueOf(sample.substrate()), ""));
        pdf.table(List.of("sample", "layers (top first)", "repeats"), new float[] {1.2f, 3.5f, 0.8f}, rows);
        List<List<String>> layers = new ArrayList<>();
        for (ModelJson.Layer l : sample.layers() == null ? List.<ModelJson.Layer>of() : sample.layers()) {
            layers.add(List.of(String.valueOf(l.name()), String.valueOf(l.kind()),
                    l.composition() == null ? "—" : l.composition()));
        }
        pdf.table(List.of("layer", "kind", "composition"), new float[] {1.2f, 1f, 2.5f}, layers);
    }

    static void statistics(PdfBuilder pdf, RunData run) {
        ResultJson r = run.result();
        pdf.heading("Fit statistics");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"figure of merit", run.fomName() + " = " + Numbers.value(run.fom())});
        if (r.fomCombination() != null) {
            facts.add(new String[] {"data sets combined", r.fomCombination()});
        }
        if (Double.isFinite(r.chi2())) {
            facts.add(new String[] {"reduced chi²", Numbers.value(r.chi2())});
        }
        facts.add(new String[] {"generations", Integer.toString(r.generations())});
        facts.add(new String[] {"evaluations", Long.toString(r.evaluations())});
        facts.add(new String[] {"time", Numbers.value(r.seconds()) + " s ("
                + Numbers.value(r.evaluationsPerSecond()) + " evaluations/s)"});
        facts.add(new String[] {"optimizer", text(r.strategy()) + ", population " + r.population() + ", seed "
                + r.seed() + ", " + r.threads() + " threads; stopped: " + text(r.stopReason())
                + (r.refined() ? "; refined by Levenberg-Marquardt" : "")});
        for (ResultJson.ExcludedPoints e : r.excludedPoints()) {
            facts.add(new String[] {"points left out", e.warning() != null ? e.warning()
                    : e.excluded() + " of " + e.points() + " points of data set " + e.dataSet()});
        }
        for (String warning : r.warnings()) {
            facts.add(new String[] {"warning", warning});
        }
        pdf.facts(facts);
    }

    static void parameters(PdfBuilder pdf, RunData run) {
        pdf.heading("Parameters");
        Map<String, String> atBound = new HashMap<>();
        for (ResultJson.Parameter p : run.result().parameters()) {
            if (p.atBound() != null) {
                atBound.put(p.name(), p.atBound());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ParameterRow p : run.parameters()) {
            String bound = atBound.get(p.name());
            String sigma = !p.fit() ? "—" : bound != null ? "at " + bound + " bound" : "± " + Numbers.error(p.error());
            rows.add(List.of(p.name(), Numbers.value(p.value()), sigma,
                    p.fit() ? Numbers.range(p.errorLow(), p.errorHigh()) : "—", Numbers.value(p.min()),
                    Numbers.value(p.max()), p.fit() ? "yes" : "no", p.unit()));
        }
        pdf.table(List.of("parameter", "value", "σ", "low / high", "min", "max", "fit", "unit"), PARAMETER_WIDTHS,
                rows);
        pdf.note(errorNote(run.result().errors()));
    }

    /** What σ and low / high mean, with the residuals and scale this fit's result.json states. */
    static String errorNote(ResultJson.Errors e) {
        if (e == null) {
            return "σ: standard error from the covariance at the optimum. low / high: GenX's error bars.";
        }
        return "σ: standard error from the covariance s²·(JᵀJ)⁻¹ at the optimum, J the Jacobian of the residuals "
                + e.residuals() + " the figure of merit compares, s² = Σr²/(N − p) = " + Numbers.value(e.s2())
                + " (N = " + e.points() + "); a parameter at a bound is held by it and left out. low / high: where "
                + "the figure of merit, scanned along the parameter with the others at the optimum, reaches "
                + Numbers.value(e.level()) + " × best = " + Numbers.value(e.threshold()) + " (GenX's error-bar level).";
    }

    static void provenance(PdfBuilder pdf, RunData run) {
        ResultJson r = run.result();
        // A result.json written before provenance has none: its facts show as unknown.
        ResultJson.Provenance p = r.provenance() != null ? r.provenance()
                : new ResultJson.Provenance(null, null, null, null, null, null, null, null, null);
        ResultJson.Jvm jvm = p.jvm() != null ? p.jvm() : new ResultJson.Jvm("", "");
        ResultJson.Os os = p.os() != null ? p.os() : new ResultJson.Os("", "");
        pdf.heading("Provenance");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"evofit", (p.evofitVersion() != null ? p.evofitVersion() : text(r.evofitVersion()))
                + ", build " + (p.buildCommit() != null ? p.buildCommit() : "unknown")});
        facts.add(new String[] {"model file", p.modelFile() != null ? p.modelFile() : "—"});
        facts.add(new String[] {"model SHA-256", p.modelSha256() != null ? p.modelSha256() : "—"});
        facts.add(new String[] {"model commit", p.modelRepositoryCommit() != null
                ? p.modelRepositoryCommit() + (Boolean.TRUE.equals(p.modelUncommitted())
                ? " (model file changed since)" : "") : "not in a git repository"});
        facts.add(new String[] {"started / finished", Dates.format(text(r.started())) + " / "
                + Dates.format(text(r.finished()))});
        facts.add(new String[] {"Java / OS", text(jvm.version()) + " (" + text(jvm.vendor()) + ") / "
                + text(os.name()) + " " + text(os.arch())});
        pdf.facts(facts);
    }

    static List<String> dataFiles(RunData run) {
        List<String> files = new ArrayList<>();
        run.dataSets().forEach(d -> files.add(dataFile(d)));
        if (files.isEmpty()) {
            run.curves().forEach(c -> files.add(c.name()));
        }
        return files;
    }

    /** A data set's file name, or its name when model.json names no file. */
    static String dataFile(ModelJson.DataSetEntry d) {
        return fileName(d.file() != null ? d.file() : text(d.name()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String fileName(String path) {
        if (path == null || path.isEmpty()) {
            return "—";
        }
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
