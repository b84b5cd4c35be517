package org.evofit.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.evofit.wrapper.sample.SampleFiles;

/**
 * The report of a directory {@code evofit sample} wrote on its own, without a fit (posterior.json but no
 * result.json): a title page saying so, then the posterior pages ({@link PosteriorPages}).
 */
final class SampleReport {

    private SampleReport() {
    }

    /** Whether {@code dir} holds a sampled posterior (its posterior.json). */
    static boolean isSampled(Path dir) {
        return Files.isRegularFile(dir.resolve(SampleFiles.POSTERIOR_JSON));
    }

    /** The posterior report of {@code dir}, which it calls {@code dirName}. */
    static void write(PdfBuilder pdf, Path dir, String dirName, Instant made, PosteriorData posterior) {
        pdf.title("evofit posterior report: " + dir.toAbsolutePath().normalize().getFileName());
        pdf.paragraph("Sample directory: " + dirName);
        pdf.paragraph("Report made " + Dates.format(made) + ".");
        pdf.note("This directory holds a posterior sampled without a fit (no result.json), so the report has the "
                + "posterior pages only. Sampled into a fit's directory (evofit sample --from RUNDIR --out RUNDIR, or "
                + "evofit fit --mcmc), the fit's report has them too, with the data and the posterior bands.");
        PosteriorPages.write(pdf, posterior);
    }
}
