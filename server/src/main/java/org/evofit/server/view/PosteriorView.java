package org.evofit.server.view;

import java.nio.file.Path;
import java.util.Locale;
import org.evofit.report.Numbers;
import org.evofit.report.PosteriorFiles;
import org.evofit.report.Reports;
import org.evofit.server.Html;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultFileException;

/**
 * A sampled run's posterior as an HTML fragment for its page: how it was sampled, every warning, the
 * posterior table (median, 68 % and 95 % intervals, MAP, autocorrelation time, effective samples,
 * R-hat) and the corner plot (made with the run's report when first asked for). Nothing for a run that
 * was not sampled.
 */
final class PosteriorView {

    private static final String HEAD = "<tr><th>parameter</th><th>median</th><th>68 % interval</th>"
            + "<th>95 % interval</th><th>MAP</th><th>τ (steps)</th><th>ESS</th><th>R-hat</th></tr>\n";

    private PosteriorView() {
    }

    /** The fragment of the finished run in {@code runDir}; empty when its result.json has no posterior section. */
    static String html(Path runDir, RunLinks links) {
        PosteriorJson p;
        try {
            p = PosteriorJson.section(runDir.resolve(ResultFiles.RESULT_JSON));
        } catch (ResultFileException e) {
            return "<p class=\"error\">" + Html.text(Unreadable.text("The run's posterior", e)) + "</p>\n";
        }
        if (p == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Posterior</h2>\n<p class=\"muted\" id=\"posterior-chain\">")
                .append(Html.text(p.sampler())).append(": ").append(p.walkers()).append(" walkers x ").append(p.steps())
                .append(" steps, burn-in ").append(p.burn()).append(", thin ").append(p.thin()).append(": ")
                .append(p.samples()).append(" samples; acceptance ")
                .append(String.format(Locale.ROOT, "%.3f", p.acceptance())).append("; seed ").append(p.seed())
                .append("</p>\n");
        if (p.errorModel() != null) {
            out.append("<p class=\"note\">").append(Html.text(p.errorModel())).append("</p>\n");
        }
        if (!p.warnings().isEmpty()) {
            out.append("<ul class=\"warnings\" id=\"posterior-warnings\">\n");
            p.warnings().forEach(w -> out.append("<li>").append(Html.text(w)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<table class=\"posterior\">\n").append(HEAD);
        for (PosteriorJson.Row r : p.parameters()) {
            out.append("<tr><td>").append(Html.text(r.name())).append("</td>").append(cell(Numbers.value(r.median())))
                    .append(cell(interval(r.low68(), r.high68()))).append(cell(interval(r.low95(), r.high95())))
                    .append(cell(Numbers.value(r.map()))).append(cell(String.format(Locale.ROOT, "%.1f", r.tau())))
                    .append(cell(String.format(Locale.ROOT, "%.0f", r.ess())))
                    .append(cell(String.format(Locale.ROOT, "%.3f", r.rHat()))).append("</tr>\n");
        }
        out.append("</table>\n");
        String corner = Reports.CHARTS + "/" + PosteriorFiles.CORNER;
        out.append("<p><img class=\"chart\" id=\"corner-plot\" src=\"").append(Html.text(links.file(corner + ".png")))
                .append("\" alt=\"Corner plot of the posterior\" width=\"640\"></p>\n<p class=\"muted\">Corner plot <a href=\"")
                .append(Html.text(links.file(corner + ".png"))).append("\">PNG</a> <a href=\"")
                .append(Html.text(links.file(corner + ".svg"))).append("\">SVG</a></p>\n");
        return out.toString();
    }

    private static String interval(double low, double high) {
        return "[" + Numbers.value(low) + ", " + Numbers.value(high) + "]";
    }

    private static String cell(String text) {
        return "<td class=\"num\">" + Html.text(text) + "</td>";
    }
}
