package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.run.FitPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report and chart files of one run directory, made from the directory's files alone. */
class ReportPdfTest {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** Fits a model file with {@code generations} generations and writes its result files into dir. */
    private static void fit(Path model, int generations, Path dir) {
        UnaryOperator<ModelDefinition> shortRun = m -> m.withSettings(m.settings().withDe(
                m.settings().de().withRestartGenerations(0).withRestarts(1).withGenerations(generations)));
        FitPipeline.lone().execute(model, null, shortRun, dir);
    }

    @Test
    void xrayReportHoldsEveryParameterAndValueWithEmbeddedFontsAndChartsOfPrintSize() throws Exception {
        // The x-ray example with a short budget, from a copy that is then deleted.
        Path model = tmp.resolve("model");
        Files.createDirectories(model);
        for (String f : List.of("model.yaml", "xray-tutorial.dat")) {
            Files.copy(EXAMPLES.resolve("xray-multilayer").resolve(f), model.resolve(f));
        }
        Path run = tmp.resolve("run");
        fit(model.resolve("model.yaml"), 15, run);

        // The report is made from the run directory alone: the model file may be gone.
        deleteTree(model);
        Reports.write(run);

        PdfText pdf = PdfText.of(run.resolve(Reports.REPORT_PDF));
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
            assertThat(SvgFiles.parse(run.resolve("charts/" + chart + ".svg")).getDocumentElement().getLocalName())
                    .isEqualTo("svg");
        }
        assertThat(Files.readString(run.resolve("charts/fit.svg"))).contains(">2θ (deg)<", ">reflectivity<");
        assertThat(Files.readString(run.resolve("charts/sld.svg"))).contains(">SLD (1e-6/Å²)<");
    }

    @Test
    void peaksReportListsEachComponentWithTheKindTheModelFileDeclares() throws Exception {
        Path run = tmp.resolve("peaks");
        fit(EXAMPLES.resolve("peaks/model.yaml"), 3, run);
        Reports.write(run);

        String text = PdfText.of(run.resolve(Reports.REPORT_PDF)).text();
        assertThat(text).contains("component kind parameters");
        for (String g : List.of("g1", "g2", "g3", "g4")) {
            assertThat(text).contains(g + " gaussian height, center, sigma");
        }
        assertThat(text).contains("bkg constant value");
    }

    @Test
    void aMalformedFitCsvIsBadInputNamingFileAndLineAndWritesNoReport() throws IOException {
        Path run = tmp.resolve("peaks");
        fit(EXAMPLES.resolve("peaks/model.yaml"), 5, run);
        List<String> lines = Files.readAllLines(run.resolve("fit.csv"));
        lines.set(4, lines.get(4).replaceFirst(",[^,]+$", ",oops"));
        Files.write(run.resolve("fit.csv"), lines);

        assertThatThrownBy(() -> Reports.write(run)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("fit.csv:5").hasMessageContaining("residual").hasMessageContaining("oops")
                .hasMessageContaining("expected a number");
        assertThat(run.resolve(Reports.REPORT_PDF)).doesNotExist();
        assertThat(run.resolve(Reports.CHARTS)).doesNotExist();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
