package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenX projects whose resolution is given per point (issue 15): from a data set's extra column
 * ({@code inst.setRes(data[0].res)}) or as an expression of x and custom parameters
 * ({@code inst.setRes(sqrt((cp.dlol*d.x)**2 + cp.dth**2))}). The project is made by {@code make_params.py}; the reference is
 * examples/xray-multilayer written by hand with the same resolution mode and the column mapped.
 */
class ResolutionImportTest {

    private static final String FAST_CONV =
            "resolution: {type: fast conv, sigma: {value: 0.005, min: 0.001, max: 0.01}, points: 5, range: 2}";

    @TempDir
    Path dir;

    @Test
    void resolutionFromADataColumnIsWrittenAndMappedAsTheResolutionColumn() throws IOException {
        ImportReport report = GenxImporterTest.importedWhole(dir, "XRR_rescolumn_made.hgx");
        assertThat(Files.readString(report.model())).contains("resolution: 3");
        Path data = report.dataFiles().get(0);
        assertThat(Files.readString(data)).contains("# x y error res");
        ModelDefinition imported = ModelFiles.load(report.model());
        double[] res = imported.problem().dataSets().get(0).xResolution();
        assertThat(res[0]).isEqualTo(0.002);
        assertThat(res[res.length - 1]).isEqualTo(0.006, org.assertj.core.data.Offset.offset(1e-15));

        double[] a = imported.problem().simulate(imported.problem().startValues())[0];
        double[] byHand = simulate(handWritten(data, "full conv and varying res.", true));
        assertThat(CustomParameterImportTest.maxRelativeDeviation(a, byHand)).isLessThan(1e-9);
        // The column matters: the same mode with GenX's table value (0.005) everywhere gives another curve.
        double[] constant = simulate(handWritten(data, "full conv and varying res.", false));
        assertThat(CustomParameterImportTest.maxRelativeDeviation(a, constant)).isGreaterThan(1e-3);
    }

    @Test
    void resolutionAsAnExpressionOfXAndCustomParametersEqualsItsWidthsGivenAsAColumn() throws IOException {
        ImportReport report = GenxImporterTest.importedWhole(dir, "XRR_resexpr_made.hgx");
        assertThat(Files.readString(report.model())).contains("expression: \"sqrt((dlol*x)^2 + dth^2)\"")
                .contains("dlol: {value: 0.0015, min: 5e-4, max: 0.005}").contains("dth: 0.003");
        ModelDefinition imported = ModelFiles.load(report.model());
        assertThat(imported.problem().freeNames()).contains("dlol");

        // GenX's array sqrt((dlol*x)**2 + dth**2), computed here, as the resolution column of the same data.
        double[] x = imported.problem().dataSets().get(0).x();
        double[] y = imported.problem().dataSets().get(0).y();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            double width = Math.sqrt(Math.pow(0.0015 * x[i], 2) + Math.pow(0.003, 2));
            rows.append(x[i]).append(' ').append(y[i]).append(" 1 ").append(width).append('\n');
        }
        Path columns = Files.writeString(dir.resolve("widths.dat"), rows);
        double[] a = imported.problem().simulate(imported.problem().startValues())[0];
        double[] byHand = simulate(handWritten(columns, "full conv and varying res.", true));
        assertThat(CustomParameterImportTest.maxRelativeDeviation(a, byHand)).isLessThan(1e-9);
    }

    @Test
    void aColumnUnderFastConvIsRefusedNamingTheLineAndTheModesThatTakeOne() throws IOException {
        EditedProject e = EditedProject.of(dir, "XRR_rescolumn_made.hgx", "restype='full conv and varying res.'",
                "restype='fast conv'");
        int line = e.project().script().lines().toList().indexOf("    inst.setRes(data[0].res)") + 1;
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .hasMessageStartingWith("x.hgx: script line " + line + ": ")
                .hasMessageContaining("'fast conv' does not take")
                .hasMessageContaining("full conv and varying res.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingColumnIsRefusedNamingTheLineAndTheColumnsTheDataSetHas() throws IOException {
        EditedProject e = EditedProject.of(dir, "XRR_rescolumn_made.hgx", "inst.setRes(data[0].res)",
                "inst.setRes(data[0].dq)");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), true))
                .hasMessage("x.hgx: script line " + e.line() + ": inst.setRes(data[0].dq): the resolution column 'dq' "
                        + "is not among data[0]'s extra data (res); GenX's data set would need it");
    }

    /** examples/xray-multilayer with GenX's mode {@code type} and the data file of the import. */
    private Path handWritten(Path data, String type, boolean column) throws IOException {
        String example = Files.readString(Path.of("../examples/xray-multilayer/model.yaml"));
        String yaml = example.replace(FAST_CONV, "resolution: {type: " + type + ", sigma: 0.005, points: 5, range: 2}")
                .replace("file: xray-tutorial.dat\n    columns: {x: 0, y: 1}", "file: \"" + data.toAbsolutePath()
                        + "\"\n    columns: {x: 0, y: 1" + (column ? ", resolution: 3}" : "}"));
        assertThat(yaml).doesNotContain("fast conv").doesNotContain("xray-tutorial.dat");
        Path p = dir.resolve(column ? "column.yaml" : "constant.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private static double[] simulate(Path model) {
        ModelDefinition m = ModelFiles.load(model);
        return m.problem().simulate(m.problem().startValues())[0];
    }
}
