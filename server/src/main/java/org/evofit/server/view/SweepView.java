package org.evofit.server.view;

import java.nio.file.Path;
import java.util.List;
import org.evofit.report.ReportInputException;
import org.evofit.report.Reports;
import org.evofit.report.SweepData;
import org.evofit.server.Html;
import org.evofit.wrapper.results.SweepJson;

/**
 * A sweep as an HTML fragment for the sweep page: the summary table with links to each run's page, the
 * trend of every fitted parameter (and the figure of merit) against the sequence value with error bars,
 * drawn by uPlot from JSON in the page (the page must carry {@link Html#SCRIPTS}), and the downloads
 * (the sweep's PDF report, made on first download, and its tables).
 */
public final class SweepView {

    /** The id of the element holding the trend data (one sweep per page). */
    static final String PLOT_DATA = "evofit-sweep-plots";

    private SweepView() {
    }

    /**
     * The fragment for submission {@code id}'s sweep directory {@code sweepDir}; run pages are
     * {@code /sweeps/ID/runs/RUNID}.
     */
    public static String html(Path sweepDir, String id) {
        if (!SweepData.isSweep(sweepDir)) {
            return "<p class=\"muted\">The sweep has not been planned yet: no runs to show.</p>\n";
        }
        SweepData sweep;
        try {
            sweep = SweepData.read(sweepDir);
        } catch (ReportInputException e) {
            return "<p class=\"error\">" + Html.text(Unreadable.text("The sweep's files", e)) + "</p>\n";
        }
        String pages = "/sweeps/" + RunLinks.segment(id) + "/runs/";
        String api = "/api/sweeps/" + RunLinks.segment(id);
        long done = sweep.finished().size();
        return "<section class=\"sweep\">\n<h2>Runs</h2>\n<p>" + sweep.runs().size() + " runs, " + done
                + " finished.</p>\n" + SweepTable.html(sweep, pages)
                + trends(sweepDir, sweep, api)
                + downloads(sweepDir, api)
                + "</section>\n";
    }

    /**
     * The page body of run {@code runId} of sweep {@code id} ({@code /sweeps/ID/runs/RUNID}): a line
     * naming the run with its sequence value (or data file, or each data set's file) and a link back to the
     * sweep, then the run's results ({@link ResultsView#html}).
     *
     * @throws org.evofit.server.ServiceException 404 when the sweep or its run's directory is not there
     */
    public static String run(RunDirectories directories, String id, String runId, String requestId) {
        Submission sweep = Submission.find(directories, id);
        Path runDir = sweep.run(runId);
        String what = sweep.plannedRuns().stream().filter(r -> runId.equals(r.id())).findFirst()
                .map(SweepView::describe).orElse("");
        return "<p>Run " + Html.text(runId) + what + " of sweep <a href=\"/sweeps/" + Html.text(RunLinks.segment(id))
                + "\">" + Html.text(id) + "</a>.</p>\n" + ResultsView.html(runDir, RunLinks.ofSweepRun(id, runId), requestId);
    }

    private static String describe(SweepJson.Run run) {
        if (run.sequence() != null) {
            // The report's wording of a sequence value (such as "temperature 250 K"), without reading every run.
            SweepData axis = new SweepData(Path.of(""), List.of(), run.sequenceLabel(), run.sequenceUnit());
            return ", " + Html.text(axis.sequenceText(new SweepData.Run(run.id(), "", run.sequence(), null, "")));
        }
        if (run.data() == null) {
            // A run of a per-data-set data: reads one file for each of the model's data sets.
            return run.dataSets().isEmpty() ? "" : ", data " + Html.text(SweepData.dataSets(run));
        }
        return ", data " + Html.text(Path.of(run.data()).getFileName());
    }

    private static String trends(Path sweepDir, SweepData sweep, String api) {
        StringBuilder out = new StringBuilder("<h2>Trends</h2>\n");
        out.append("<div class=\"plots\" data-evofit-plots=\"sweep\" data-source=\"").append(PLOT_DATA)
                .append("\"></div>\n<noscript>");
        // Without JavaScript: the report's trend charts when they have been made, else a pointer to it.
        List<String> charts = SweepFiles.names(sweepDir).stream()
                .filter(n -> n.startsWith(Reports.CHARTS + "/") && n.endsWith(".png")).toList();
        if (charts.isEmpty()) {
            out.append("<p>The trend charts are in the sweep report (PDF).</p>");
        }
        for (String chart : charts) {
            out.append("<img class=\"chart\" width=\"480\" alt=\"").append(Html.text(chart)).append("\" src=\"")
                    .append(Html.text(RunLinks.under(api + "/files/", chart))).append("\">");
        }
        out.append("</noscript>\n").append(PlotJson.script(PLOT_DATA, PlotJson.sweep(sweep)))
                .append("<script src=\"/static/plots.js\"></script>\n");
        return out.toString();
    }

    private static String downloads(Path sweepDir, String base) {
        StringBuilder out = new StringBuilder("<h2>Downloads</h2>\n<ul class=\"downloads\">\n");
        out.append("<li><a href=\"").append(Html.text(base + "/report.pdf")).append("\">sweep report (PDF)</a></li>\n");
        for (String name : SweepFiles.names(sweepDir)) {
            out.append("<li><a href=\"").append(Html.text(RunLinks.under(base + "/files/", name))).append("\">").append(Html.text(name))
                    .append("</a></li>\n");
        }
        return out.append("</ul>\n").toString();
    }
}
