package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resolution whose width per point is an expression of x and parameters (issue 15, GenX's
 * {@code inst.setRes(sqrt((cp.dlol*x)**2 + cp.dth**2))}). Reference: the same model reading the
 * widths, computed here, from the data file's resolution column.
 */
class ResolutionExpressionTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument:
              probe: x-ray
              wavelength: 1.54
              coords: tth
              resolution: {type: %s, %s, points: 7, range: 3}
            layers:
              Amb: {sld: 0}
              Film: {material: Fe, dens: 0.085, d: 120, sigma: 4}
              Sub: {sld: 20.1, isld: 0.46, sigma: 3}
            sample: {ambient: Amb, stacks: [{name: film, layers: [Film], repetitions: 1}], substrate: Sub}
            variables:
              dlol: {value: 0.004, min: 0.001, max: 0.02}
              dth: 0.003
            data:
              - {name: scan, file: scan.dat, columns: {x: 0, y: 1, resolution: %d}}
            fom: log
            """;

    @TempDir
    Path dir;

    @Test
    void theExpressionGivesEachPointTheWidthTheColumnWouldHoldAtTheCurrentValues() throws IOException {
        writeData(0.004);
        ModelDefinition byExpression = load("full conv and varying res.",
                "expression: \"sqrt((dlol*x)^2 + dth^2)\"", 2);
        FitProblem p = byExpression.problem();
        assertThat(p.freeNames()).containsExactly("dlol");

        ModelDefinition byColumn = load("full conv and varying res.", "sigma: 0.005", 2);
        assertThat(p.simulate(p.startValues())[0])
                .containsExactly(byColumn.problem().simulate(byColumn.problem().startValues())[0]);

        // The width follows the variable as the fit changes it, not only its start value.
        double[] changed = p.startValues();
        changed[p.slotOf("dlol")] = 0.012;
        writeData(0.012);
        ModelDefinition wider = load("fast conv + varying res.", "sigma: 0.005", 2);
        ModelDefinition widerByExpression = load("fast conv + varying res.",
                "expression: \"sqrt((dlol*x)^2 + dth^2)\"", 2);
        assertThat(widerByExpression.problem().simulate(changed)[0])
                .containsExactly(wider.problem().simulate(wider.problem().startValues())[0]);
        assertThat(p.simulate(changed)[0]).isNotEqualTo(p.simulate(p.startValues())[0]);
    }

    @Test
    void anUnknownNameIsReportedAtTheExpression() throws IOException {
        writeData(0.004);
        assertThatThrownBy(() -> load("full conv and varying res.", "expression: \"sqrt((dlo*x)^2 + dth^2)\"", 2))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("dlo");
    }

    @Test
    void aModeTakingOneWidthIsRefusedNamingTheModesThatTakeOnePerPoint() throws IOException {
        writeData(0.004);
        assertThatThrownBy(() -> load("fast conv", "expression: \"sqrt((dlol*x)^2 + dth^2)\"", 2))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("'full conv and varying res.'")
                .hasMessageContaining("not 'fast conv'");
    }

    @Test
    void theWriterKeepsTheExpression() throws IOException {
        writeData(0.004);
        ModelDefinition m = load("full conv and varying res.", "expression: \"sqrt((dlol*x)^2 + dth^2)\"", 2);
        String text = ModelFileWriter.text(m, dir.resolve("again.yaml"), ModelNotes.NONE);
        assertThat(text).contains("expression: \"sqrt((dlol*x)^2 + dth^2)\"");
        Files.writeString(dir.resolve("again.yaml"), text);
        ModelDefinition again = ModelFileReader.read(dir.resolve("again.yaml"));
        assertThat(again.problem().simulate(again.problem().startValues())[0])
                .containsExactly(m.problem().simulate(m.problem().startValues())[0]);
    }

    private ModelDefinition load(String type, String width, int resolutionColumn) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.formatted(type, width, resolutionColumn));
        return ModelFileReader.read(file);
    }

    /** 2θ from 0.3 to 4 degrees, a falling curve, and sqrt((dlol·x)² + 0.003²) as the resolution column. */
    private void writeData(double dlol) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            double x = 0.3 + 0.05 * i;
            rows.add(x + " " + Math.exp(-x) + " " + Math.sqrt((dlol * x) * (dlol * x) + 0.003 * 0.003));
        }
        Files.write(dir.resolve("scan.dat"), rows);
    }
}
