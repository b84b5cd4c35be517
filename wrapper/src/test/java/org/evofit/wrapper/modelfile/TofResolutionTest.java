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
 * A time-of-flight resolution from Δλ/λ and Δθ/θ (issue 16): each point's width is
 * sqrt((Δλ/λ)² + (Δθ/θ)²)·Q. Reference: the same model reading those widths, computed here from the
 * formula, from the data file's resolution column.
 */
class TofResolutionTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument:
              probe: neutron
              wavelength: 5
              coords: %s
              resolution: {type: full conv and varying res., %s, points: 7, range: 3}
            layers:
              Amb: {sld: 0}
              Film: {sld: 6.4, d: 300, sigma: 5}
              Sub: {sld: 2.07, sigma: 3}
            sample: {ambient: Amb, stacks: [{name: film, layers: [Film], repetitions: 1}], substrate: Sub}
            variables:
              dlol: {value: 0.03, min: 0.01, max: 0.06}
            data:
              - {name: tof, file: tof.dat, columns: {x: 0, y: 1, resolution: 2}}
            fom: log
            """;

    @TempDir
    Path dir;

    @Test
    void eachPointsWidthIsTheQuadratureSumOfTheRelativeSpreadsTimesQ() throws IOException {
        writeData(Math.sqrt(0.02 * 0.02 + 0.015 * 0.015));
        double[] spreads = simulate(load("q", "dlambda: 0.02, dtheta: 0.015"));
        double[] column = simulate(load("q", "sigma: 0.001"));
        assertThat(maxRelativeDeviation(spreads, column)).isLessThan(1e-12);
        // A narrower column gives deeper fringes of the 300 Å film: the spreads do smear.
        writeData(0.005);
        assertThat(maxRelativeDeviation(spreads, simulate(load("q", "sigma: 0.001")))).isGreaterThan(1e-2);
    }

    private static double maxRelativeDeviation(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] / b[i] - 1));
        }
        return worst;
    }

    @Test
    void aSpreadNamedByAVariableIsFittedAndFollowsItsValue() throws IOException {
        writeData(0.02);
        ModelDefinition m = load("q", "dlambda: dlol, dtheta: 0.01");
        FitProblem p = m.problem();
        assertThat(p.freeNames()).containsExactly("dlol");
        double[] values = p.startValues();
        values[p.slotOf("dlol")] = 0.05;
        writeData(Math.sqrt(0.05 * 0.05 + 0.01 * 0.01));
        ModelDefinition byColumn = load("q", "sigma: 0.001");
        assertThat(maxRelativeDeviation(p.simulate(values)[0], simulate(byColumn))).isLessThan(1e-12);
    }

    @Test
    void spreadsNeedXInQAndBothOfThemAndNoExpressionBeside() throws IOException {
        writeData(0.02);
        assertThatThrownBy(() -> load("tth", "dlambda: 0.02, dtheta: 0.01"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("need x in Q (coords: q)");
        assertThatThrownBy(() -> load("q", "dlambda: 0.02"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("model.yaml:6:")
                .hasMessageContaining("needs both dlambda (Δλ/λ) and dtheta (Δθ/θ)");
        assertThatThrownBy(() -> load("q", "dlambda: 0.02, dtheta: 0.01, expression: \"0.01*x\""))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> load("q", "dlambda: -0.02, dtheta: 0.01"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("relative spread of 0 or more");
    }

    private static double[] simulate(ModelDefinition m) {
        return m.problem().simulate(m.problem().startValues())[0];
    }

    private ModelDefinition load(String coords, String resolution) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.formatted(coords, resolution));
        return ModelFileReader.read(file);
    }

    /** Q from 0.008 to 0.2 1/Å, a falling curve, and {@code relative}·Q as the resolution column. */
    private void writeData(double relative) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double q = 0.008 + 0.0016 * i;
            rows.add(q + " " + Math.exp(-40 * q) + " " + relative * q);
        }
        Files.write(dir.resolve("tof.dat"), rows);
    }
}
