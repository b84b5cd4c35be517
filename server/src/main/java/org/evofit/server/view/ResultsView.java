package org.evofit.server.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.report.ReportInputException;
import org.evofit.report.Reports;
import org.evofit.report.RunData;
import org.evofit.server.Html;

/**
 * The results of one run as an HTML fragment for the run pages: its data warnings ({@link RunWarnings}), the
 * plots of data (with error bars) and model, residuals and, for reflectivity, the SLD profile (each sample's of a joint model) and the spin
 * asymmetry of polarised neutrons, drawn in the browser by uPlot from JSON
 * in the page (the page must carry {@link Html#SCRIPTS}); a PNG chart where JavaScript is off; the
 * parameter table, the posterior of a sampled run ({@link PosteriorView}), fit statistics, provenance and
 * the downloads.
 */
public final class ResultsView {

    /** The id of the element holding a run's plot data (one run per page). */
    static final String PLOT_DATA = "evofit-run-plots";

    private ResultsView() {
    }

    /**
     * The results fragment of fit {@code id} (a submission of one run) for its page {@code /runs/ID}:
     * {@link #html} of its run, or a line saying it has not started.
     *
     * @throws org.evofit.server.ServiceException 404 when there is no such submission, or it is a sweep
     */
    public static String ofFit(RunDirectories directories, String id, String requestId) {
        Submission fit = Submission.find(directories, id);
        // Planned is not started: between writing its plan and making the run's folder a fit has no run files yet.
        List<String> planned = fit.planned();
        if (planned.isEmpty() || planned.size() == 1 && !fit.hasRun(planned.get(0))) {
            return "<p class=\"muted\">The run has not started yet.</p>\n";
        }
        return html(fit.onlyRun(), RunLinks.ofFit(id), requestId);
    }

    /**
     * The fragment for the run in {@code runDir}: its results when it has finished, its failure when it
     * failed, otherwise a line saying it has not finished.
     *
     * @param links     where its downloads are
     * @param requestId the correlation id of the request that started it, or {@code null} when not known
     */
    public static String html(Path runDir, RunLinks links, String requestId) {
        if (!RunData.isRun(runDir)) {
            return unfinished(runDir);
        }
        RunData run;
        try {
            run = RunData.read(runDir);
        } catch (ReportInputException e) {
            return "<p class=\"error\">" + Html.text(Unreadable.text("The run's result files", e)) + "</p>\n";
        }
        return "<section class=\"results\">\n"
                + RunWarnings.html(run)
                + plots(run, links)
                + ResultTables.statistics(run)
                + ResultTables.parameters(run)
                + PosteriorView.html(runDir, links)
                + ResultTables.provenance(run, requestId)
                + downloads(runDir, links)
                + "</section>\n";
    }

    private static String unfinished(Path runDir) {
        return RunErrors.of(runDir).map(message -> "<p>The run failed:</p>\n<pre class=\"error\">" + Html.text(message)
                + "</pre>\n").orElse("<p class=\"muted\">The run has not finished: no results yet.</p>\n");
    }

    private static String plots(RunData run, RunLinks links) {
        String png = links.file(Reports.CHARTS + "/fit.png");
        StringBuilder out = new StringBuilder("<h2>Data and model</h2>\n");
        out.append("<div class=\"plots\" data-evofit-plots=\"run\" data-source=\"").append(PLOT_DATA)
                .append("\"></div>\n")
                .append("<noscript><img class=\"chart\" src=\"").append(Html.text(png))
                .append("\" alt=\"Data and model\" width=\"640\"></noscript>\n")
                .append("<p class=\"muted\">Charts: ").append(chartLinks(links, "fit", "data and model"));
        if (run.sld() != null) {
            out.append(" · ").append(chartLinks(links, "sld", "SLD profile"));
        }
        for (String sample : run.sampleSlds().keySet()) {
            out.append(" · ").append(chartLinks(links, "sld-" + sample, "SLD profile of sample " + sample));
        }
        if (org.evofit.report.SpinAsymmetry.of(run).isPresent()) {
            out.append(" · ").append(chartLinks(links, "spin-asymmetry", "spin asymmetry"));
        }
        out.append(" · ").append(chartLinks(links, "convergence", "convergence")).append("</p>\n");
        out.append(PlotJson.script(PLOT_DATA, PlotJson.run(run)));
        out.append("<script src=\"/static/plots.js\"></script>\n");
        return out.toString();
    }

    private static String chartLinks(RunLinks links, String stem, String what) {
        String base = Reports.CHARTS + "/" + stem;
        return Html.text(what) + " <a href=\"" + Html.text(links.file(base + ".png")) + "\">PNG</a> <a href=\""
                + Html.text(links.file(base + ".svg")) + "\">SVG</a>";
    }

    /** Every file of the run directory, the report (made on first download) and the zip of it all. */
    private static String downloads(Path runDir, RunLinks links) {
        List<String> names = new ArrayList<>(Listing.files(runDir));
        if (!names.contains(Reports.REPORT_PDF)) {
            names.add(Reports.REPORT_PDF);
        }
        StringBuilder out = new StringBuilder("<h2>Downloads</h2>\n<ul class=\"downloads\">\n");
        for (String name : names) {
            out.append("<li><a href=\"").append(Html.text(links.file(name))).append("\">").append(Html.text(name))
                    .append("</a></li>\n");
        }
        out.append("<li><a href=\"").append(Html.text(links.zip())).append("\">all files (zip)</a></li>\n");
        return out.append("</ul>\n").toString();
    }
}
