package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.evofit.report.ChartFiles;
import org.evofit.report.Numbers;
import org.evofit.report.Reports;
import org.evofit.wrapper.results.CsvRows;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    /** The x-ray example with a short budget (the example's own takes 12 s), from a copy that is then deleted. */
    private Path xrayModelCopy() throws IOException {
        Path src = Cli.root().resolve("examples/xray-multilayer");
        Path dir = tmp.resolve("model");
        Files.createDirectories(dir);
        Files.copy(src.resolve("xray-tutorial.dat"), dir.resolve("xray-tutorial.dat"));
        String yaml = Files.readString(src.resolve("model.yaml"))
                .replaceAll("(?m)^  (generations|restarts|restartGenerations): \\d+\\n", "");
        Files.writeString(dir.resolve("model.yaml"), yaml + "  generations: 15\n");
        return dir.resolve("model.yaml");
    }

    @Test
    void xrayReportHoldsEveryParameterAndValueWithEmbeddedFontsAndChartsOfPrintSize() throws Exception {
        Path model = xrayModelCopy();
        Path run = tmp.resolve("run");
        Cli.Run fit = Cli.run("fit", model.toString(), "--out", run.toString(), "--quiet", "--report");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(run.resolve("report.pdf")).isRegularFile();

        // The report is made from the run directory alone: the model file may be gone.
        deleteTree(model.getParent());
        Files.delete(run.resolve("report.pdf"));
        Cli.Run report = Cli.run("report", run.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();

        PdfText pdf = PdfText.of(run.resolve("report.pdf"));
        List<ParameterRow> parameters = ParameterRow.read(run.resolve("parameters.csv"));
        assertThat(parameters).hasSizeGreaterThan(20);
        for (ParameterRow p : parameters) {
            assertThat(pdf.text()).as(p.name()).contains(p.name()).contains(Numbers.value(p.value()));
        }
        assertThat(pdf.text()).contains("Fit statistics", "log = ", "Provenance", "stack ML", "Pt / Fe",
                "x-ray", "2θ (deg)", "depth z (Å)",
                // y axis labels: rotated, and still text
                "reflectivity", "SLD (1e-6/Å²)", "best FOM (log)", "log10(y/model)");
        // The parameter table runs over a page and repeats its header row there.
        assertThat(pdf.pages()).isGreaterThan(2);
        assertThat(pdf.text().split("parameter value σ low / high min max fit unit", -1).length - 1)
                .isGreaterThanOrEqualTo(2);
        assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.contains("Liberation"));
        assertThat(pdf.unembedded()).isEmpty();

        for (String chart : List.of("fit", "sld", "convergence")) {
            BufferedImage png = ImageIO.read(run.resolve("charts/" + chart + ".png").toFile());
            assertThat(png).as(chart).isNotNull();
            assertThat(png.getWidth()).isEqualTo(ChartFiles.WIDTH_PX).isEqualTo(2000);
            assertThat(png.getHeight()).isEqualTo(ChartFiles.HEIGHT_PX).isEqualTo(1500);
            var svg = svgParser()
                    .parse(run.resolve("charts/" + chart + ".svg").toFile());
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        }
        assertThat(Files.readString(run.resolve("charts/fit.svg"))).contains(">2θ (deg)<", ">reflectivity<");
        assertThat(Files.readString(run.resolve("charts/sld.svg"))).contains(">SLD (1e-6/Å²)<");
    }

    @Test
    void peaksReportListsEachComponentWithTheKindTheModelFileDeclares() throws Exception {
        Path run = tmp.resolve("peaks");
        Cli.Run fit = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", run.toString(), "--quiet",
                "--generations", "3", "--report");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        String text = PdfText.of(run.resolve("report.pdf")).text();
        assertThat(text).contains("component kind parameters");
        for (String g : List.of("g1", "g2", "g3", "g4")) {
            assertThat(text).contains(g + " gaussian height, center, sigma");
        }
        assertThat(text).contains("bkg constant value");
    }

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
            svgParser()
                    .parse(out.resolve("charts/" + chart + ".svg").toFile());
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

    @Test
    void aMalformedFitCsvIsBadInputNamingFileAndLineAndWritesNoReport() throws IOException {
        Path run = tmp.resolve("peaks");
        Cli.Run fit = Cli.run("fit", Cli.repo("examples/peaks/model.yaml"), "--out", run.toString(), "--quiet",
                "--generations", "5");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        List<String> lines = Files.readAllLines(run.resolve("fit.csv"));
        lines.set(4, lines.get(4).replaceFirst(",[^,]+$", ",oops"));
        Files.write(run.resolve("fit.csv"), lines);
        Cli.Run report = Cli.run("report", run.toString());
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("fit.csv:5", "residual", "oops", "expected a number");
        assertThat(run.resolve(Reports.REPORT_PDF)).doesNotExist();
        assertThat(run.resolve(Reports.CHARTS)).doesNotExist();
    }

    /** An XML parser that does not fetch the SVG DTD the files name. */
    static javax.xml.parsers.DocumentBuilder svgParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder();
    }

    static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
