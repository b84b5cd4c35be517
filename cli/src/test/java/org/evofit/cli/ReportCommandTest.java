package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.evofit.report.ChartFiles;
import org.evofit.report.Numbers;
import org.evofit.report.PdfText;
import org.evofit.report.Reports;
import org.evofit.report.SvgFiles;
import org.evofit.wrapper.results.CsvRows;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evofit report} and {@code --report} end to end; the report's own content is tested in report (ReportPdfTest). */
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sequenceSweepReportHasSummaryTrendsAndOnePagePerRunWithEveryFittedValue() throws Exception {
        Path out = tmp.resolve("seq");
        Cli.Run loop = Cli.run("loop", Cli.repo("examples/sequence/sweep.yaml"), "--out", out.toString(), "--quiet",
                "--report");
        assertThat(loop.exitCode()).as(loop.err()).isZero();
        PdfText pdf = PdfText.of(out.resolve("report.pdf"));
        List<Path> runs;
        try (var s = Files.list(out.resolve("runs"))) {
            runs = s.sorted().toList();
        }
        assertThat(runs).hasSizeGreaterThan(3);
        // Summary, trends, then a page (or more) per run.
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(runs.size() + 2);
        // The sweep file names its values: temperature in K, on the trends' axis and in the run headings.
        assertThat(pdf.text()).contains("Summary", "Fitted values", "temperature (K)", "(temperature 250 K)");
        for (Path run : runs) {
            assertThat(pdf.text()).contains(run.getFileName().toString());
            for (ParameterRow p : ParameterRow.read(run.resolve("parameters.csv"))) {
                assertThat(pdf.text()).as(run + " " + p.name()).contains(p.name())
                        .contains(Numbers.value(p.value()));
            }
        }
        assertThat(pdf.unembedded()).isEmpty();

        // trends.csv: the values of the trend charts, units in the column names, as each run wrote them.
        CsvRows trends = ResultCsv.read(out.resolve(Reports.TRENDS_CSV));
        assertThat(trends.header()).contains("film.d (Å)", "film.d.error (Å)", "temperature (K)");
        assertThat(trends.rows()).hasSameSizeAs(runs);
        for (CsvRows.Row r : trends.rows()) {
            Path runDir = out.resolve("runs").resolve(trends.text(r, trends.column("run")));
            ParameterRow filmD = ParameterRow.read(runDir.resolve("parameters.csv")).stream()
                    .filter(p -> p.name().equals("film.d")).findFirst().orElseThrow();
            assertThat(trends.number(r, trends.column("film.d"))).isEqualTo(filmD.value());
        }
        for (String chart : List.of("trend-film.d", "trend-film.sigma", "fom")) {
            BufferedImage png = ImageIO.read(out.resolve("charts/" + chart + ".png").toFile());
            assertThat(png).as(chart).isNotNull();
            assertThat(png.getWidth()).isEqualTo(ChartFiles.WIDTH_PX);
            assertThat(png.getHeight()).isEqualTo(ChartFiles.HEIGHT_PX);
            SvgFiles.parse(out.resolve("charts/" + chart + ".svg"));
        }
    }

    @Test
    void reportOfADirectoryThatIsNoRunIsBadInputAndWritesNothing() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Run run = Cli.run("report", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(empty.toString(), "neither a run directory");
        try (var s = Files.list(empty)) {
            assertThat(s).isEmpty();
        }
    }
}
