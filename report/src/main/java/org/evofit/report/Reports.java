package org.evofit.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.io.ResultFiles;

/**
 * Writes the report of a run directory (from {@code evofit fit}), a sweep directory (from
 * {@code evofit loop}) or a posterior sampled without a fit (from {@code evofit sample}, its posterior pages
 * and corner plot only): {@code DIR/report.pdf} and the charts as {@code DIR/charts/<name>.png} (300 dpi)
 * and {@code .svg}, all or nothing. A run's charts are {@code fit}, {@code sld} (reflectivity; a joint
 * model's {@code sld-<sample>} for each sample) and {@code convergence} (a sampled run's fit and SLD
 * charts with the posterior bands, and its corner plot {@code corner}), and {@code spin-asymmetry} with its
 * data in {@value SpinAsymmetry#CSV} for polarised neutrons measured in the ++ and −− channels (at the ++
 * points, −− interpolated where it has none); a sweep's are {@code trend-<parameter>} for every fitted parameter and {@code fom}, and a sweep's
 * report also writes {@value #TRENDS_CSV}, the data of those charts. Charts are drawn headless.
 */
public final class Reports {

    /** The report's file name. */
    public static final String REPORT_PDF = ResultFiles.REPORT_PDF;
    /** A sweep's trend data: one row per run, fitted values and errors with units in the column names. */
    public static final String TRENDS_CSV = "trends.csv";
    /** The charts' folder. */
    public static final String CHARTS = ResultFiles.CHARTS;

    private Reports() {
    }

    /** Resolution of previews. */
    public static final int PREVIEW_DPI = 110;

    /**
     * What a report wrote.
     *
     * @param pdf        the report
     * @param charts     the chart files, PNG and SVG of each chart in turn
     * @param firstChart the first chart (the fit, or a sweep's first trend), for previews; {@code null} for a
     *                   posterior sampled without a fit
     * @param corner     a sampled run's corner plot, for previews; {@code null} for any other report
     */
    public record Written(Path pdf, List<Path> charts, org.jfree.chart.JFreeChart firstChart, CornerPlot corner) {
        /** Copies the list. */
        public Written {
            charts = List.copyOf(charts);
        }
    }

    /** Writes the report of {@code dir} (a run or a sweep directory), dated now. */
    public static Written write(Path dir) {
        return write(dir, Clock.systemUTC());
    }

    /**
     * Writes the report of {@code dir}, dated by {@code clock}.
     *
     * @throws ReportInputException when {@code dir} is neither a run nor a sweep directory, or a file in it
     *                              is malformed
     */
    public static Written write(Path dir, Clock clock) {
        return write(dir, dir.normalize().toString(), clock);
    }

    /**
     * Writes the report of {@code dir} as {@link #write(Path, Clock)} does, the directory called {@code shownAs} in
     * it: the web service names a run by the folder its project keeps it in, not by its path on the server.
     */
    public static Written write(Path dir, String shownAs, Clock clock) {
        AtomicFiles files = new AtomicFiles();
        Contents contents = contents(dir, shownAs, clock.instant(), files);
        Path chartDir = dir.resolve(CHARTS);
        List<Path> written = new ArrayList<>();
        for (RunReport.Named c : contents.charts()) {
            ChartFiles.add(files, chartDir, c.stem(), c.chart());
            written.add(chartDir.resolve(c.stem() + ".png"));
            written.add(chartDir.resolve(c.stem() + ".svg"));
        }
        CornerPlot corner = contents.posterior() == null ? null : new CornerPlot(contents.posterior().corner());
        if (corner != null) {
            ChartFiles.add(files, chartDir, PosteriorFiles.CORNER, corner, corner.width(), corner.height());
            written.add(chartDir.resolve(PosteriorFiles.CORNER + ".png"));
            written.add(chartDir.resolve(PosteriorFiles.CORNER + ".svg"));
        }
        Path pdfFile = dir.resolve(REPORT_PDF);
        files.bytes(pdfFile, contents.pdf()).commit();
        return new Written(pdfFile, written, contents.charts().isEmpty() ? null : contents.charts().get(0).chart(), corner);
    }

    /** A report's charts, its PDF and, for a sampled run, its posterior. */
    private record Contents(List<RunReport.Named> charts, byte[] pdf, PosteriorData posterior) {
    }

    /**
     * The report of a sweep, a run or a posterior sampled on its own, which calls {@code dir} {@code shownAs};
     * files it writes besides go to {@code files}.
     */
    private static Contents contents(Path dir, String shownAs, Instant made, AtomicFiles files) {
        if (SweepData.isSweep(dir)) {
            SweepData sweep = SweepData.read(dir);
            List<RunReport.Named> charts = SweepReport.charts(sweep);
            files.text(dir.resolve(TRENDS_CSV), SweepReport.trendsCsv(sweep));
            try (PdfBuilder b = new PdfBuilder("evofit sweep report")) {
                SweepReport.write(b, sweep, shownAs, made, charts);
                return new Contents(charts, b.finish(), null);
            }
        }
        if (RunData.isRun(dir)) {
            RunData run = RunData.read(dir);
            PosteriorData posterior = PosteriorData.read(dir, units(run));
            List<RunReport.Named> charts = RunReport.charts(run, posterior);
            SpinAsymmetry.of(run).ifPresent(sa -> files.text(dir.resolve(SpinAsymmetry.CSV), sa.csv()));
            try (PdfBuilder b = new PdfBuilder("evofit fit report")) {
                RunReport.write(b, run, shownAs, made, charts, posterior);
                return new Contents(charts, b.finish(), posterior);
            }
        }
        if (SampleReport.isSampled(dir)) {
            PosteriorData posterior = PosteriorData.readSampled(dir);
            try (PdfBuilder b = new PdfBuilder("evofit posterior report")) {
                SampleReport.write(b, dir, shownAs, made, posterior);
                return new Contents(List.of(), b.finish(), posterior);
            }
        }
        throw new ReportInputException(dir + ": neither a run directory (result.json), a sweep directory "
                + "(sweep.json) nor a sampled posterior (posterior.json); expected the --out directory of evofit fit, "
                + "evofit loop or evofit sample"
                + (Files.isDirectory(dir) ? "" : Files.exists(dir) ? " (it is a file)" : " (it does not exist)"));
    }

    /** Each parameter's unit, as the run's parameters.csv gives it. */
    private static Map<String, String> units(RunData run) {
        Map<String, String> out = new HashMap<>();
        run.parameters().forEach(p -> out.put(p.name(), p.unit()));
        return out;
    }

    /**
     * Writes a preview of a written report into {@code out}: its first page and its first chart as
     * PNG at screen resolution ({@value #PREVIEW_DPI} dpi), named {@code report-page-1.png} and
     * {@code chart-<name>.png} (none for a posterior sampled without a fit); a sampled run's corner plot
     * too, as {@code chart-corner.png}.
     */
    public static List<Path> preview(Written report, Path out) {
        Path page = out.resolve("report-page-1.png");
        AtomicFiles files = new AtomicFiles().bytes(page, PagePreview.png(report.pdf(), 1, PREVIEW_DPI));
        List<Path> written = new ArrayList<>(List.of(page));
        if (report.firstChart() != null) {
            Path chart = out.resolve("chart-" + report.charts().get(0).getFileName().toString()
                    .replaceFirst("\\.png$", "") + ".png");
            files.bytes(chart, ChartFiles.png(report.firstChart(), PREVIEW_DPI));
            written.add(chart);
        }
        if (report.corner() != null) {
            Path corner = out.resolve("chart-" + PosteriorFiles.CORNER + ".png");
            files.bytes(corner, ChartFiles.png(report.corner(), report.corner().width(), report.corner().height(),
                    PREVIEW_DPI));
            written.add(corner);
        }
        files.commit();
        return written;
    }
}
