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
 * Writes the report of a run directory (from {@code evofit fit}) or a sweep directory (from
 * {@code evofit loop}): {@code DIR/report.pdf} and the charts as {@code DIR/charts/<name>.png} (300 dpi)
 * and {@code .svg}, all or nothing. A run's charts are {@code fit}, {@code sld} (reflectivity; a joint
 * model's {@code sld-<sample>} for each sample) and {@code convergence} (a sampled run's fit and SLD
 * charts with the posterior bands, and its corner plot {@code corner}), and {@code spin-asymmetry} with its
 * data in {@value SpinAsymmetry#CSV} for polarised neutrons measured in the ++ and −− channels at the same
 * points; a sweep's are {@code trend-<parameter>} for every fitted parameter and {@code fom}, and a sweep's
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
     * @param firstChart the first chart (the fit, or a sweep's first trend), for previews
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
        Instant made = clock.instant();
        List<RunReport.Named> charts;
        byte[] pdf;
        String title;
        PosteriorData posterior = null;
        AtomicFiles files = new AtomicFiles();
        if (SweepData.isSweep(dir)) {
            SweepData sweep = SweepData.read(dir);
            charts = SweepReport.charts(sweep);
            files.text(dir.resolve(TRENDS_CSV), SweepReport.trendsCsv(sweep));
            title = "evofit sweep report";
            try (PdfBuilder b = new PdfBuilder(title)) {
                SweepReport.write(b, sweep, made, charts);
                pdf = b.finish();
            }
        } else if (RunData.isRun(dir)) {
            RunData run = RunData.read(dir);
            posterior = PosteriorData.read(dir, units(run));
            charts = RunReport.charts(run, posterior);
            SpinAsymmetry.of(run).ifPresent(sa -> files.text(dir.resolve(SpinAsymmetry.CSV), sa.csv()));
            title = "evofit fit report";
            try (PdfBuilder b = new PdfBuilder(title)) {
                RunReport.write(b, run, made, charts, posterior);
                pdf = b.finish();
            }
        } else {
            throw new ReportInputException(dir + ": neither a run directory (result.json) nor a sweep directory "
                    + "(sweep.json); expected the --out directory of evofit fit or evofit loop"
                    + (Files.isDirectory(dir) ? "" : Files.exists(dir) ? " (it is a file)" : " (it does not exist)"));
        }
        Path chartDir = dir.resolve(CHARTS);
        List<Path> written = new ArrayList<>();
        for (RunReport.Named c : charts) {
            ChartFiles.add(files, chartDir, c.stem(), c.chart());
            written.add(chartDir.resolve(c.stem() + ".png"));
            written.add(chartDir.resolve(c.stem() + ".svg"));
        }
        if (posterior != null) {
            CornerPlot corner = new CornerPlot(posterior.corner());
            ChartFiles.add(files, chartDir, PosteriorFiles.CORNER, corner, corner.width(), corner.height());
            written.add(chartDir.resolve(PosteriorFiles.CORNER + ".png"));
            written.add(chartDir.resolve(PosteriorFiles.CORNER + ".svg"));
        }
        Path pdfFile = dir.resolve(REPORT_PDF);
        files.bytes(pdfFile, pdf).commit();
        return new Written(pdfFile, written, charts.get(0).chart(),
                posterior == null ? null : new CornerPlot(posterior.corner()));
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
     * {@code chart-<name>.png}; a sampled run's corner plot too, as {@code chart-corner.png}.
     */
    public static List<Path> preview(Written report, Path out) {
        Path page = out.resolve("report-page-1.png");
        Path chart = out.resolve("chart-" + report.charts().get(0).getFileName().toString()
                .replaceFirst("\\.png$", "") + ".png");
        AtomicFiles files = new AtomicFiles().bytes(page, PagePreview.png(report.pdf(), 1, PREVIEW_DPI))
                .bytes(chart, ChartFiles.png(report.firstChart(), PREVIEW_DPI));
        List<Path> written = new ArrayList<>(List.of(page, chart));
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
