package org.evofit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evofit.core.mcmc.Posterior;
import org.evofit.wrapper.results.PosteriorJson;

/**
 * A sampled run's posterior pages in its report: how the chain was sampled, its diagnostics with every
 * warning the sampling gave (or why there is none), the posterior table, the correlation matrix and
 * the corner plot.
 */
final class PosteriorPages {

    private static final float[] TABLE_WIDTHS = {2.2f, 1.2f, 2.1f, 2.1f, 1.2f, 0.8f, 0.9f, 0.7f};

    private PosteriorPages() {
    }

    static void write(PdfBuilder pdf, PosteriorData data) {
        PosteriorJson p = data.posterior();
        pdf.newPage();
        pdf.heading("Posterior (MCMC)");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"sampler", p.sampler()});
        facts.add(new String[] {"likelihood", p.likelihood()});
        if (p.errorModel() != null) {
            facts.add(new String[] {"error model", p.errorModel()});
        }
        facts.add(new String[] {"chain", p.walkers() + " walkers × " + p.steps() + " steps, burn-in " + p.burn()
                + ", thin " + p.thin() + ": " + p.samples() + " samples; seed " + p.seed()});
        facts.add(new String[] {"acceptance", Numbers.value(p.acceptance())});
        facts.add(new String[] {"MAP log-posterior", Numbers.value(p.mapLogPosterior())});
        pdf.facts(facts);
        diagnostics(pdf, p);
        table(pdf, p);
        correlation(pdf, p);
        pdf.newPage();
        pdf.heading("Corner plot");
        CornerPlot corner = new CornerPlot(data.corner());
        pdf.drawing(corner, (float) corner.width(), (float) corner.height(), 1f);
        pdf.note("Diagonal: each parameter's histogram of the " + p.samples() + " samples; below it: each pair's "
                + "2-D histogram, darker where denser. Solid red lines: the MAP sample; dashed: the medians.");
    }

    private static void diagnostics(PdfBuilder pdf, PosteriorJson p) {
        pdf.heading("Diagnostics");
        if (p.warnings().isEmpty()) {
            pdf.paragraph(String.format(Locale.ROOT, "No warning: the chain after the burn-in is at least %.0f "
                    + "autocorrelation times long for every parameter, and R-hat across walker groups is at most "
                    + "%.1f.", Posterior.MIN_AUTOCORRELATION_TIMES, Posterior.MAX_R_HAT));
        }
        for (String w : p.warnings()) {
            pdf.paragraph("Warning: " + w);
        }
        pdf.note("τ: integrated autocorrelation time (steps); ESS: effective sample size; R-hat: Gelman-Rubin "
                + "statistic across groups of walkers (1 when they agree).");
    }

    private static void table(PdfBuilder pdf, PosteriorJson p) {
        pdf.heading("Posterior table");
        List<List<String>> rows = new ArrayList<>();
        for (PosteriorJson.Row r : p.parameters()) {
            rows.add(List.of(r.name(), Numbers.value(r.median()), interval(r.low68(), r.high68()),
                    interval(r.low95(), r.high95()), Numbers.value(r.map()), Numbers.significant(r.tau(), 3),
                    Numbers.significant(r.ess(), 3), Numbers.significant(r.rHat(), 4)));
        }
        pdf.table(List.of("parameter", "median", "68 % interval", "95 % interval", "MAP", "τ", "ESS", "R-hat"),
                TABLE_WIDTHS, rows);
    }

    private static String interval(double low, double high) {
        return "[" + Numbers.value(low) + ", " + Numbers.value(high) + "]";
    }

    /** The matrix with numbered columns, so that it fits the page for many parameters. */
    private static void correlation(PdfBuilder pdf, PosteriorJson p) {
        pdf.heading("Correlation matrix");
        int n = p.parameters().size();
        List<String> header = new ArrayList<>(List.of("parameter"));
        float[] widths = new float[n + 1];
        widths[0] = 3f;
        for (int j = 0; j < n; j++) {
            header.add(Integer.toString(j + 1));
            widths[j + 1] = 1f;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>(List.of((i + 1) + " " + p.parameters().get(i).name()));
            for (int j = 0; j < n; j++) {
                row.add(String.format(Locale.ROOT, "%.2f", p.correlation()[i][j]));
            }
            rows.add(row);
        }
        pdf.table(header, widths, rows);
    }
}
