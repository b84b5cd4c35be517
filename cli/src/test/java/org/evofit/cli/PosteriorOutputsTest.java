package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.report.PdfText;
import org.evofit.report.SvgFiles;
import org.evofit.wrapper.results.BandRow;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosteriorOutputsTest {

    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void peakModel() throws Exception {
        model = SampleModels.peak(dir, 81, true);
    }

    @Test
    void sampleWritesThePosteriorBandsAndTheCornerAndBandCharts() throws Exception {
        Path out = dir.resolve("sampled");
        Cli.Run run = Cli.run("sample", model.toString(), "--out", out.toString(), "--steps", "300", "--walkers", "16",
                "--burn", "100", "--seed", "2", "--threads", "1", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("posterior bands and corner plot written to " + out);
        assertThat(ResultCsv.read(out.resolve("band.csv")).header())
                .containsExactly("dataset", "x", "map", "median", "low68", "high68", "low95", "high95");
        List<BandRow> band = BandRow.readCurves(out.resolve("band.csv"));
        assertThat(band).hasSize(81);
        // Every point's band brackets the MAP curve: the peak's posterior is narrow and near-Gaussian.
        assertThat(band).allSatisfy(r -> assertThat(r.map()).isBetween(r.low95(), r.high95()));
        assertThat(out.resolve("sld-band.csv")).doesNotExist(); // a curve model has no SLD profile
        for (String chart : List.of("corner", "band")) {
            assertThat(Files.size(out.resolve("charts/" + chart + ".png"))).isPositive();
            SvgFiles.parse(out.resolve("charts/" + chart + ".svg"));
        }
        String corner = Files.readString(out.resolve("charts/corner.svg"));
        assertThat(corner).contains("g.height").contains("g.center").contains("g.sigma").contains("bkg.value");
        assertThat(Files.readString(out.resolve("charts/band.svg"))).contains("posterior 95 %")
                .contains("posterior 68 %");
    }

    @Test
    void fitWithMcmcAndReportGainsThePosteriorPagesAndTheBandsInTheFitChart() throws Exception {
        Path out = dir.resolve("fit");

        Cli.Run run = Cli.run("fit", model.toString(), "--out", out.toString(), "--mcmc", "--steps", "300",
                "--walkers", "16", "--seed", "3", "--threads", "1", "--quiet", "--report");

        assertThat(run.exitCode()).as(run.err()).isZero();
        PosteriorJson posterior = PosteriorJson.section(out.resolve("result.json"));
        String pdf = PdfText.of(out.resolve("report.pdf")).text();
        assertThat(pdf).contains("Posterior (MCMC)").contains("Diagnostics").contains("Posterior table")
                .contains("68 % interval").contains("95 % interval").contains("R-hat").contains("Correlation matrix")
                .contains("Corner plot").contains("16 walkers × 300 steps")
                .contains("solid red: MAP, dashed: median");
        for (PosteriorJson.Row row : posterior.parameters()) {
            assertThat(pdf).contains(row.name());
        }
        if (posterior.warnings().isEmpty()) {
            assertThat(pdf).contains("No warning");
        }
        for (String warning : posterior.warnings()) {
            // The PDF wraps long lines: compare the warning's words in order, whitespace aside.
            assertThat(pdf.replaceAll("\\s+", " ")).contains("Warning: " + warning.replaceAll("\\s+", " "));
        }
        assertThat(Files.size(out.resolve("charts/corner.png"))).isPositive();
        assertThat(Files.readString(out.resolve("charts/fit.svg"))).contains("posterior 95 %");
    }

    @Test
    void aReportOfAPosteriorSampledWithoutAFitHasThePosteriorPagesAndTheCornerPlot() throws Exception {
        Path out = dir.resolve("sampled");
        Cli.Run sampled = Cli.run("sample", model.toString(), "--out", out.toString(), "--steps", "300", "--walkers",
                "16", "--seed", "4", "--threads", "1", "--quiet");
        assertThat(sampled.exitCode()).as(sampled.err()).isZero();
        assertThat(out.resolve("result.json")).as("no fit in the directory").doesNotExist();
        // The report draws its own corner plot: the one evofit sample drew goes first.
        Files.delete(out.resolve("charts/corner.png"));
        Files.delete(out.resolve("charts/corner.svg"));
        Path preview = dir.resolve("preview");

        Cli.Run report = Cli.run("report", out.toString(), "--preview", preview.toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        String pdf = PdfText.of(out.resolve("report.pdf")).text();
        assertThat(pdf.replaceAll("\\s+", " ")).contains("evofit posterior report: sampled")
                .contains("holds a posterior sampled without a fit (no result.json)");
        assertThat(pdf).contains("Posterior (MCMC)").contains("Posterior table").contains("Corner plot")
                .contains("16 walkers × 300 steps");
        for (PosteriorJson.Row row : PosteriorJson.read(out.resolve("posterior.json")).parameters()) {
            assertThat(pdf).contains(row.name());
        }
        assertThat(Files.size(out.resolve("charts/corner.png"))).isPositive();
        assertThat(Files.readString(out.resolve("charts/corner.svg"))).contains("g.center").contains("bkg.value");
        assertThat(preview.resolve("report-page-1.png")).isNotEmptyFile();
        assertThat(preview.resolve("chart-corner.png")).isNotEmptyFile();
    }

    @Test
    void aReportOfAFitNotSampledHasNoPosteriorPages() throws Exception {
        Path out = dir.resolve("fit");

        Cli.Run run = Cli.run("fit", model.toString(), "--out", out.toString(), "--quiet", "--report");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PdfText.of(out.resolve("report.pdf")).text()).doesNotContain("Posterior (MCMC)");
        assertThat(out.resolve("charts/corner.png")).doesNotExist();
        assertThat(Files.readString(out.resolve("charts/fit.svg"))).doesNotContain("posterior 95 %");
    }
}
