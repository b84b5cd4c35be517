package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/xray-multilayer: GenX's X-ray example (Fe/Pt multilayer on MgO) as an evofit model file. */
class XrayExampleTest {

    private static final String MODEL = Cli.repo("examples/xray-multilayer/model.yaml");

    @TempDir
    Path tmp;

    /**
     * GenX's own simulation of the stored model at the stored parameter values (y_sim in
     * X-ray_Reflectivity.hgx, extracted into core's test resources) is reproduced point by point.
     */
    @Test
    void simulatingTheExampleReproducesGenxsStoredCurveWithin1e6() throws IOException {
        Path csv = tmp.resolve("sim.csv");

        Cli.Run run = Cli.run("simulate", MODEL, "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        List<double[]> reference = genxCurve();
        assertThat(lines).hasSize(reference.size() + 1);
        double worst = 0;
        for (int i = 0; i < reference.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            assertThat(Double.parseDouble(f[f.length - 2])).isEqualTo(reference.get(i)[0]);
            double model = Double.parseDouble(f[f.length - 1]);
            worst = Math.max(worst, Math.abs(model / reference.get(i)[1] - 1));
        }
        assertThat(worst).as("max relative deviation from GenX's y_sim").isLessThan(1e-6);
    }

    /**
     * GenX reaches log FOM 0.0976-0.0977 from the stored start values (and a local minimum at 0.0995
     * one run in three); the example's settings must reach 0.0977 or lower from every seed.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void fittingTheExampleReachesGenxsLogFomFromEverySeed(long seed) throws IOException {
        Path out = tmp.resolve("fit" + seed);

        Cli.Run run = Cli.run("fit", MODEL, "--out", out.toString(), "--seed", Long.toString(seed), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode result =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertThat(result.get("fomName").asText()).isEqualTo("log");
        assertThat(result.get("fom").asDouble()).isLessThanOrEqualTo(0.0977);
    }

    /** x (2θ) and y_sim of GenX's stored data set. */
    private static List<double[]> genxCurve() throws IOException {
        List<double[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(Cli.repo("core/src/test/resources/genx/xray_reflectivity_data.txt")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            out.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[3])});
        }
        return out;
    }
}
