package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reflectivity model file with evofit's default (accurate) pointwise resolution reproduces ORSO
 * test 4: the stack of test 0 smeared with dQ/Q = 5 % FWHM from the data's resolution column.
 */
class AccurateResolutionTest {

    private static final String MODEL = """
            kind: reflectivity
            instrument: {probe: neutron, wavelength: 5, coords: q, resolution: {type: pointwise}}
            layers:
              front: {sld: 2.07}
              a: {sld: 3.45, isld: 0.1, d: 100, sigma: 3}
              b: {sld: 5, isld: 0.01, d: 200, sigma: 1}
              back: {sld: 6, sigma: 5}
            sample: {ambient: front, stacks: [{name: s, layers: [b, a], repetitions: 1}], substrate: back}
            data: [{file: test4.dat, columns: {x: 0, y: 1, resolution: 3}}]
            fom: log
            """;

    @TempDir
    Path dir;

    @Test
    void pointwiseResolutionFromTheDataColumnReproducesOrsoTest4() throws IOException {
        Files.copy(Path.of(Cli.repo("core/src/test/resources/orso/test4.dat")), dir.resolve("test4.dat"));
        Files.writeString(dir.resolve("model.yaml"), MODEL);
        Path csv = dir.resolve("sim.csv");

        Cli.Run run = Cli.run("simulate", dir.resolve("model.yaml").toString(), "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> sim = Files.readAllLines(csv);
        List<String> ref = Files.readAllLines(dir.resolve("test4.dat")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        double worst = 0;
        for (int i = 0; i < ref.size(); i++) {
            double r = Double.parseDouble(ref.get(i).trim().split("\\s+")[1]);
            String[] f = sim.get(i + 1).split(",");
            worst = Math.max(worst, Math.abs(Double.parseDouble(f[2]) / r - 1));
        }
        // Measured 5.5e-6, as core's OrsoSmearingTest: the command line adds nothing to the smearing's error.
        assertThat(worst).as("max relative deviation from ORSO test 4").isLessThan(1e-5);
    }
}
