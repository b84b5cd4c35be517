package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.io.RunInfo;
import org.evofit.wrapper.results.ParameterRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCsvRoundTripTest {

    @TempDir
    Path tmp;

    /** Two data sets of awkward doubles: 0.1-like fractions, tiny, huge, subnormal, negative. */
    private ModelDefinition model() throws Exception {
        Random random = new Random(42);
        for (String name : List.of("a", "b")) {
            StringBuilder data = new StringBuilder();
            double[] special = {0.1, 1.0 / 3, 4.9e-324, 2.2250738585072014e-308, 1.7976931348623157e308 / 1e10,
                    -0.0, 123456789.123456789, 1e-300};
            for (int i = 0; i < 60; i++) {
                double x = i < special.length ? special[i] : random.nextDouble() * 100 - 20;
                double y = random.nextGaussian() * 1e3 + (i % 7) * Math.PI;
                double e = Math.abs(random.nextGaussian()) + Math.ulp(1.0);
                data.append(x).append(' ').append(y).append(' ').append(e).append('\n');
            }
            Files.writeString(tmp.resolve(name + ".dat"), data);
        }
        Files.writeString(tmp.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 10, min: 1, max: 100}, center: {value: 3, min: 0, max: 9},
                     sigma: {value: 1.1, min: 0.5, max: 3}}
                  - {name: bkg, kind: constant, value: {value: 0.3, min: -5, max: 5}}
                data:
                  - {name: "set a, first", file: a.dat, columns: {x: 0, y: 1, error: 2}}
                  - {name: "set \\"b\\"", file: b.dat, columns: {x: 0, y: 1, error: 2}}
                fom: chi2bars
                optimizer: {population: 10, generations: 3, seed: 5}
                """);
        return ModelFiles.load(tmp.resolve("model.yaml"));
    }

    @Test
    void fitCsvAndParametersCsvReadBackToTheSameDoublesBitForBit() throws Exception {
        ModelDefinition model = model();
        FitResult result = Fitter.fit(model.problem(), model.settings(), GenerationListener.NONE);
        Path run = tmp.resolve("run");
        ResultFiles.write(run, model, model.settings(), result, new RunInfo("test", Instant.EPOCH, Instant.EPOCH));

        RunData read = RunData.read(run);
        double[][] sim = model.problem().simulate(result.values());
        List<DataSet> sets = model.problem().dataSets();
        assertThat(read.curves()).hasSize(2);
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            CurveData c = read.curves().get(i);
            assertThat(c.name()).isEqualTo(d.name());
            assertBits(c.x(), d.x());
            assertBits(c.y(), d.y());
            assertBits(c.error(), d.error());
            assertBits(c.model(), sim[i]);
            for (int j = 0; j < d.size(); j++) {
                assertThat(Double.doubleToRawLongBits(c.residual()[j]))
                        .isEqualTo(Double.doubleToRawLongBits(d.y()[j] - sim[i][j]));
            }
        }
        assertThat(read.parameters()).hasSameSizeAs(result.parameters());
        for (int p = 0; p < result.parameters().size(); p++) {
            ParameterEstimate e = result.parameters().get(p);
            ParameterRow r = read.parameters().get(p);
            assertThat(r.name()).isEqualTo(e.name());
            assertThat(Double.doubleToRawLongBits(r.value())).isEqualTo(Double.doubleToRawLongBits(e.value()));
            assertThat(Double.doubleToRawLongBits(r.error())).isEqualTo(Double.doubleToRawLongBits(e.error()));
            assertThat(r.unit()).isEmpty(); // a curve's parameters take the data's units, which are unknown
        }
        assertBits(read.history(), result.history());
        assertThat(read.axes().logY()).isFalse();
        assertThat(read.sld()).isNull();
    }

    private static void assertBits(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("index %d: %s vs %s", i, actual[i], expected[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }
}
