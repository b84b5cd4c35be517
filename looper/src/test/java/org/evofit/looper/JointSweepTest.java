package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep varies a parameter that two samples of a joint model share (issue 16): each run's simulation of
 * both data sets is made with the swept value, as the model file of each sample alone gives it at that value.
 */
class JointSweepTest {

    @TempDir
    Path dir;

    private static final String LAYERS = """
            instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0}
            layers:
              Si:   {sld: 2.07}
              film: {sld: 3.5, d: FILM_D, sigma: 4}
              D2O:  {sld: {value: 6.0, min: 5, max: 6.5}, sigma: 4}
              H2O:  {sld: -0.56, sigma: 4}
            """;

    @Test
    void theSweptSharedThicknessReachesEveryDataSet() throws IOException {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            grid.append(0.01 * i).append(' ').append(Math.pow(0.01 * i, -4) * 1e-7).append('\n');
        }
        Fixture.write(dir.resolve("a.dat"), grid.toString());
        Fixture.write(dir.resolve("b.dat"), grid.toString());
        Fixture.write(dir.resolve("joint.yaml"), "kind: reflectivity\n" + LAYERS.replace("FILM_D", "60") + """
                samples:
                  d2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: D2O}
                  h2o: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: H2O}
                data:
                  - {name: in D2O, file: a.dat, sample: d2o}
                  - {name: in H2O, file: b.dat, sample: h2o}
                fom: log
                optimizer: {population: 8, generations: 3, seed: 1}
                """);
        List<RunSpec> plan = SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), """
                models: [joint.yaml]
                vary:
                  film.d: [70, 90]
                """)));
        assertThat(plan).hasSize(2);
        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        LoopReport report = Looper.run(plan, store, new LocalDispatcher(1, new RunExecutor(store, 1)), outcome -> { });
        assertThat(report.failed()).isZero();

        for (RunSpec run : plan) {
            List<String> fit = Files.readAllLines(store.dir(run.id()).resolve("fit.csv"));
            double d = filmD(store, run);
            assertThat(d).isIn(70.0, 90.0);
            // H2O's data set reads no fitted parameter: its curve is the lone h2o sample's at the swept thickness.
            double[] alone = alone("H2O", d);
            List<String> h2o = fit.stream().filter(l -> l.startsWith("in H2O,")).toList();
            assertThat(h2o).hasSize(alone.length);
            for (int i = 0; i < alone.length; i++) {
                assertThat(Double.parseDouble(h2o.get(i).split(",")[4])).as("point %s at film.d %s", i, d)
                        .isEqualTo(alone[i]);
            }
            assertThat(fit.stream().filter(l -> l.startsWith("in D2O,"))).hasSize(alone.length);
        }
    }

    private static double filmD(SweepDirectory store, RunSpec run) {
        for (var p : store.result(run.id()).orElseThrow().path("parameters")) {
            if (p.path("name").asText().equals("film.d")) {
                return p.path("value").asDouble();
            }
        }
        throw new AssertionError("no film.d");
    }

    /** The curve of the sample with this substrate, alone in its own model file, at film thickness {@code d}. */
    private double[] alone(String substrate, double d) {
        Path file = Fixture.write(dir.resolve("alone.yaml"), "kind: reflectivity\n"
                + LAYERS.replace("FILM_D", Double.toString(d))
                + "sample: {ambient: Si, stacks: [{name: s, layers: [film]}], substrate: " + substrate + "}\n"
                + "data: [{file: b.dat}]\nfom: log\n");
        ModelDefinition m = ModelFiles.load(file);
        return m.problem().simulate(m.problem().startValues())[0];
    }
}
