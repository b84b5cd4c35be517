package org.evofit.server.view;

import java.util.ArrayList;
import java.util.List;
import org.evofit.report.Numbers;
import org.evofit.report.RunData;
import org.evofit.server.Html;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultJson;

/**
 * The tables of a run's results: parameters (fitted ones shown, fixed ones folded away), fit
 * statistics and provenance. Numbers are printed as the reports print them ({@link Numbers}); each
 * parameter cell also carries the full value in its {@code title}, so what the table rounds can be read
 * exactly by hovering.
 */
final class ResultTables {

    private static final String PARAMETER_HEAD = "<tr><th>parameter</th><th>value</th><th>error (σ)</th>"
            + "<th>error bars (low / high)</th><th>min</th><th>max</th><th>unit</th></tr>\n";

    private ResultTables() {
    }

    /** The fitted parameters' table, then the fixed ones inside a closed {@code <details>}. */
    static String parameters(RunData run) {
        List<ParameterRow> fitted = run.parameters().stream().filter(ParameterRow::fit).toList();
        List<ParameterRow> fixed = run.parameters().stream().filter(p -> !p.fit()).toList();
        StringBuilder out = new StringBuilder("<h2>Parameters</h2>\n");
        out.append(table("parameters fitted", fitted));
        if (!fixed.isEmpty()) {
            out.append("<details class=\"fixed\"><summary>").append(fixed.size())
                    .append(fixed.size() == 1 ? " fixed parameter" : " fixed parameters").append("</summary>\n")
                    .append(table("parameters fixed", fixed)).append("</details>\n");
        }
        return out.toString();
    }

    private static String table(String cssClass, List<ParameterRow> rows) {
        StringBuilder out = new StringBuilder("<table class=\"" + cssClass + "\">\n").append(PARAMETER_HEAD);
        for (ParameterRow p : rows) {
            out.append("<tr><td>").append(Html.text(p.name())).append("</td>")
                    .append(number(p.value(), Numbers.value(p.value())))
                    .append(number(p.error(), Numbers.error(p.error())))
                    .append("<td class=\"num\">").append(Html.text(Numbers.range(p.errorLow(), p.errorHigh())))
                    .append("</td>")
                    .append(number(p.min(), Numbers.value(p.min())))
                    .append(number(p.max(), Numbers.value(p.max())))
                    .append("<td>").append(Html.text(p.unit())).append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private static String number(double exact, String shown) {
        return "<td class=\"num\" title=\"" + Html.text(Double.toString(exact)) + "\">" + Html.text(shown) + "</td>";
    }

    /** Figure of merit, chi², points, evaluations and how the optimizer ran. */
    static String statistics(RunData run) {
        ResultJson r = run.result();
        int points = run.curves().stream().mapToInt(c -> c.x().length).sum();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("FOM (" + run.fomName() + ")", Numbers.value(r.fom())));
        rows.add(row("chi²", Numbers.value(r.chi2())));
        rows.add(row("points", points + " in " + run.curves().size()
                + (run.curves().size() == 1 ? " data set" : " data sets")));
        rows.add(row("evaluations", Long.toString(r.evaluations())));
        rows.add(row("generations", Integer.toString(r.generations())));
        rows.add(row("population", Integer.toString(r.population())));
        rows.add(row("strategy", r.strategy()));
        rows.add(row("stopped", r.stopReason() + (r.refined() ? ", then refined locally" : "")));
        rows.add(row("time", Numbers.value(r.seconds()) + " s, " + Numbers.value(r.evaluationsPerSecond())
                + " evaluations/s on " + r.threads() + (r.threads() == 1 ? " thread" : " threads")));
        return "<h2>Fit statistics</h2>\n" + keyValues("statistics", rows);
    }

    /** Versions, model file and its git state, seed, times, platform and the request that started the run. */
    static String provenance(RunData run, String requestId) {
        ResultJson r = run.result();
        ResultJson.Provenance p = r.provenance();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("evofit", r.evofitVersion() + (p == null ? "" : " (build " + p.buildCommit() + ")")));
        rows.add(row("model", r.model()));
        if (p != null) {
            rows.add(row("model SHA-256", p.modelSha256()));
            rows.add(row("git commit", p.modelRepositoryCommit() == null ? "not in a git repository"
                    : p.modelRepositoryCommit() + (Boolean.TRUE.equals(p.modelUncommitted())
                    ? " (model file changed since)" : "")));
        }
        rows.add(row("seed", Long.toString(r.seed())));
        rows.add(row("started", r.started()));
        rows.add(row("finished", r.finished()));
        if (p != null && p.jvm() != null && p.os() != null) {
            rows.add(row("platform", "Java " + p.jvm().version() + " (" + p.jvm().vendor() + "), "
                    + p.os().name() + " " + p.os().arch()));
        }
        if (requestId != null) {
            rows.add(row("request id", requestId));
        }
        return "<h2>Provenance</h2>\n" + keyValues("provenance", rows);
    }

    private static String[] row(String key, String value) {
        return new String[] {key, value == null ? "—" : value};
    }

    private static String keyValues(String cssClass, List<String[]> rows) {
        StringBuilder out = new StringBuilder("<table class=\"" + cssClass + "\">\n");
        for (String[] r : rows) {
            out.append("<tr><th>").append(Html.text(r[0])).append("</th><td>").append(Html.text(r[1]))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }
}
