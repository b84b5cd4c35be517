package org.evofit.server.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.report.Numbers;
import org.evofit.report.RunData;
import org.evofit.report.SweepData;
import org.evofit.server.Html;
import org.evofit.wrapper.results.ParameterRow;

/**
 * A sweep's summary table: one row per run of the plan with its link, sequence value (or data file, or
 * each data set's file after the data set's name), status, figure of merit and every fitted parameter's
 * value ± standard error (full values in the cells' {@code title}). When a finished run has data warnings
 * ({@link RunWarnings}), a "data warnings" column after the status lists each run's, word for word as its
 * page does, and marks its row; a sweep without any looks as it did.
 */
final class SweepTable {

    private SweepTable() {
    }

    /** The table; run ids link to {@code runPage} + id. */
    static String html(SweepData sweep, String runPage) {
        Map<String, String> fitted = sweep.fittedParameters();
        Map<String, List<String>> warnings = warnings(sweep);
        boolean warned = warnings.values().stream().anyMatch(w -> !w.isEmpty());
        StringBuilder out = new StringBuilder("<table class=\"summary\">\n<tr><th>run</th>");
        out.append("<th>").append(Html.text(sweep.isSequence() ? sweep.sequenceColumn() : "data")).append("</th>")
                .append("<th>status</th>").append(warned ? "<th>data warnings</th>" : "").append("<th>FOM</th>");
        fitted.forEach((name, unit) -> out.append("<th>").append(Html.text(name))
                .append(unit == null || unit.isEmpty() ? "" : " (" + Html.text(unit) + ")").append("</th>"));
        out.append("</tr>\n");
        for (SweepData.Run r : sweep.runs()) {
            List<String> own = warnings.get(r.id());
            out.append(own.isEmpty() ? "<tr>" : "<tr class=\"warned\">").append("<td><a href=\"")
                    .append(Html.text(runPage + RunLinks.segment(r.id()))).append("\">").append(Html.text(r.id()))
                    .append("</a></td>");
            out.append(sweep.isSequence() ? exact(r.sequence(), Numbers.value(r.sequence()))
                    : "<td>" + Html.text(r.data()) + "</td>");
            out.append("<td>").append(Html.text(r.status())).append("</td>");
            if (warned) {
                out.append("<td class=\"warnings\">").append(own.isEmpty() ? "" : RunWarnings.list(own, ""))
                        .append("</td>");
            }
            RunData result = r.result();
            out.append(result == null ? "<td></td>" : exact(result.fom(), Numbers.value(result.fom())));
            for (String name : fitted.keySet()) {
                ParameterRow p = result == null ? null : parameter(result, name);
                out.append(p == null ? "<td></td>"
                        : exact(p.value(), Numbers.value(p.value()) + " ± " + Numbers.error(p.error())));
            }
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    /** Each run's data warnings by id, none for a run without a result. */
    private static Map<String, List<String>> warnings(SweepData sweep) {
        Map<String, List<String>> out = new HashMap<>();
        sweep.runs().forEach(r -> out.put(r.id(), r.result() == null ? List.of() : RunWarnings.of(r.result().result(), r.result().dir())));
        return out;
    }

    /** The parameter called {@code name} in {@code run}, or {@code null}. */
    static ParameterRow parameter(RunData run, String name) {
        return run.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static String exact(double value, String shown) {
        return "<td class=\"num\" title=\"" + Html.text(Double.toString(value)) + "\">" + Html.text(shown) + "</td>";
    }
}
