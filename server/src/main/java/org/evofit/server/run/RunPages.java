package org.evofit.server.run;

import java.util.List;
import java.util.Map;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.server.Html;
import org.evofit.server.project.FileKind;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectFile;

/** The HTML of the runs: a project's runs list and start form, and a run's or sweep's page with live progress. */
final class RunPages {

    private RunPages() {
    }

    static String projectRuns(Project project, List<Submission> runs) {
        StringBuilder h = new StringBuilder("<h2>Runs</h2>\n");
        if (runs.isEmpty()) {
            h.append("<p class=\"muted\" id=\"no-runs\">No runs yet.</p>\n");
        } else {
            h.append("<table id=\"runs\"><tr><th>Run</th><th>Kind</th><th>Model</th><th>Data</th><th>Status</th><th>Started</th></tr>\n");
            for (Submission s : runs) {
                h.append("<tr data-id=\"").append(Html.text(s.id())).append("\"><td><a href=\"").append(Html.text(s.url()))
                        .append("\">").append(Html.text(s.id())).append("</a></td><td>").append(Html.text(s.kind()))
                        .append("</td><td>").append(Html.text(s.model())).append("</td><td>").append(dataCell(s))
                        .append("</td><td class=\"status\">").append(status(s)).append("</td><td>").append(Html.text(s.created()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append(startForm(project)).toString();
    }

    /** A run's data in the runs table: its one file, each data set's file, or how many files. */
    private static String dataCell(Submission s) {
        if (!s.dataSets().isEmpty() && s.dataSets().values().stream().allMatch(files -> files.size() == 1)) {
            return Html.text(s.dataText());
        }
        int files = s.data().size() + s.dataSets().values().stream().mapToInt(List::size).sum();
        return files == 1 ? Html.text(s.data().get(0)) : files + " files";
    }

    private static String startForm(Project project) {
        List<ProjectFile> models = project.files().stream().filter(f -> FileKind.ofStored(f.path())
                .map(k -> k == FileKind.MODEL || k == FileKind.SCRIPT).orElse(false)).toList();
        List<ProjectFile> data = project.files(FileKind.DATA);
        if (models.isEmpty() || data.isEmpty()) {
            return "<p class=\"muted\" id=\"start-needs-files\">Upload a model and its data to start a fit.</p>\n";
        }
        StringBuilder f = new StringBuilder("<h2>Start</h2>\n<form id=\"start\" method=\"post\" action=\"/projects/")
                .append(Html.text(project.name())).append("/runs\">\n<p><label>Model <select name=\"model\" id=\"start-model\">");
        models.forEach(m -> f.append("<option>").append(Html.text(m.path())).append("</option>"));
        f.append("</select></label></p>\n<p><label>Data (one for a fit, several for a sweep; a model of several data sets: "
                + "its choosers below)<br><select name=\"data\" "
                + "id=\"start-data\" multiple size=\"").append(Math.min(8, data.size())).append("\">");
        data.forEach(d -> f.append("<option>").append(Html.text(d.path())).append("</option>"));
        f.append("</select></label></p>\n").append(DataSetChoosers.html(project, models, data));
        f.append("<p><label><input type=\"radio\" name=\"kind\" value=\"fit\" checked> fit</label> "
                + "<label><input type=\"radio\" name=\"kind\" value=\"sweep\" id=\"start-sweep\"> sweep</label></p>\n"
                + "<fieldset><legend>Optimizer (empty: the model's own)</legend>");
        for (String key : StartRequest.FORM_SETTINGS) {
            f.append("<label>").append(key).append(" <input name=\"").append(key).append("\" id=\"start-").append(key)
                    .append("\" size=\"8\"></label> ");
        }
        f.append("<label>fom <select name=\"fom\" id=\"start-fom\"><option value=\"\">the model's</option>");
        FiguresOfMerit.names().forEach(n -> f.append("<option>").append(Html.text(n)).append("</option>"));
        f.append("</select></label>");
        f.append("</fieldset>\n").append(samplingFields());
        f.append("<fieldset><legend>Sweep: the sequence value of each data file "
                + "(none for files chosen per data set)</legend>"
                + "<label>from <select name=\"valueFrom\" id=\"start-value-from\"><option value=\"regex\">a regex on file names"
                + "</option><option value=\"ort\">an ORSO header</option><option value=\"list\">a list</option></select></label> "
                + "<label>regex or header path <input name=\"pattern\" id=\"start-pattern\" placeholder=\"T(\\d+)K\"></label> "
                + "<label>values <input name=\"values\" id=\"start-values\" placeholder=\"50, 100, 150\"></label> "
                + "<label><input type=\"checkbox\" name=\"keepFromLast\" value=\"true\" checked> each fit starts from the "
                + "previous result</label><input type=\"hidden\" name=\"keepFromLast\" value=\"false\"></fieldset>\n"
                + "<p><button type=\"submit\" id=\"start-button\">Start</button></p></form>\n");
        return f.toString();
    }

    /** The posterior sampling's switch and settings, empty fields showing the defaults they stand for. */
    private static String samplingFields() {
        SamplerSettings d = SamplerSettings.defaults();
        List<String> defaults = List.of(Integer.toString(d.walkers()), Integer.toString(d.steps()),
                d.burn() < 0 ? "steps / 4" : Integer.toString(d.burn()), Integer.toString(d.thin()));
        StringBuilder f = new StringBuilder("<fieldset><legend>Posterior sampling (MCMC) after the fit</legend>"
                + "<label><input type=\"checkbox\" name=\"mcmc\" value=\"true\" id=\"start-mcmc\"> sample</label> ");
        for (int i = 0; i < SampleRequest.KEYS.size(); i++) {
            String key = SampleRequest.KEYS.get(i);
            f.append("<label>").append(key).append(" <input name=\"").append(key).append("\" id=\"start-").append(key)
                    .append("\" size=\"8\" placeholder=\"").append(Html.text(defaults.get(i))).append("\"></label> ");
        }
        return f.append("</fieldset>\n").toString();
    }

    /** The status as pages show it; a stopped one with why: {@code stopped: CPU budget of 60 s reached}. */
    static String status(Submission s) {
        return Html.text(s.status().label() + (s.status() == SubmissionStatus.STOPPED && s.message() != null
                ? ": " + s.message() : ""));
    }

    /**
     * A run's or sweep's page: what it is, its status, live progress while it runs (the table and the
     * convergence plot, updated by {@code run-progress.js}) and {@code results}, the views part's fragment.
     */
    static String submission(Submission s, Map<String, Object> live, String results) {
        String id = Html.text(s.id());
        StringBuilder b = new StringBuilder("<h1>").append(Html.text(s.kind())).append(' ').append(id).append("</h1>\n")
                .append("<p>Project <a href=\"/projects/").append(Html.text(s.project())).append("\">")
                .append(Html.text(s.project())).append("</a>: ").append(Html.text(s.model())).append(" on ")
                .append("<span id=\"data-files\">").append(Html.text(s.dataText())).append("</span></p>\n")
                .append("<p>Status: <strong id=\"status\">").append(status(s)).append("</strong>")
                .append(s.message() == null || s.status() == SubmissionStatus.STOPPED ? "" : " <span class=\"error\" id=\"status-message\">" + Html.text(s.message()) + "</span>")
                .append("</p>\n");
        if (s.sample() != null) {
            SampleRequest m = s.sample();
            b.append("<p id=\"sampling\">Posterior sampling after the fit: ").append(m.walkers()).append(" walkers x ")
                    .append(m.steps()).append(" steps, burn-in ").append(m.burn() < 0 ? "a quarter" : m.burn())
                    .append(", thin ").append(m.thin()).append("</p>\n");
        }
        if (!s.status().ended()) {
            b.append("<form class=\"inline\" method=\"post\" action=\"/runs/").append(id)
                    .append("/cancel\"><button type=\"submit\" id=\"cancel\">Cancel</button></form>\n");
        }
        b.append("<table id=\"progress\" data-id=\"").append(id).append("\">")
                .append(row("Runs done", "runs-done", live.get("runsDone") + " of " + live.get("runsTotal")))
                .append(row("Generation", "generation", live.get("generation") + " of " + live.get("maxGenerations")))
                .append(row("Best figure of merit", "best-fom", live.get("bestFom")))
                .append(row("Evaluations per second", "evaluations-per-second", live.get("evaluationsPerSecond")))
                .append(row("Seconds to go", "eta", live.get("etaSeconds")))
                .append("</table>\n<div id=\"convergence\"></div>\n<p class=\"muted\">Request ").append(Html.text(s.requestId()))
                .append(", started ").append(Html.text(s.created()))
                .append(s.clusterSweep() == null ? "" : ", cluster sweep <span id=\"cluster-sweep\">"
                        + Html.text(s.clusterSweep()) + "</span>")
                .append(".</p>\n");
        b.append(Html.SCRIPTS).append(results);
        if (!s.status().ended()) {
            b.append("<script src=\"/static/run-progress.js\"></script>\n");
        }
        return Html.page(s.kind() + " " + s.id(), b.toString());
    }

    private static String row(String label, String id, Object value) {
        String text = value == null || "null".equals(String.valueOf(value)) || String.valueOf(value).startsWith("null ")
                ? "–" : String.valueOf(value);
        return "<tr><th>" + label + "</th><td class=\"num\" id=\"" + id + "\">" + Html.text(text) + "</td></tr>";
    }
}
