package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.api.Curve;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Fit;
import org.evofit.wrapper.api.Model;
import org.evofit.wrapper.data.FormatSamples;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file whose data entry names an .xrdml file fits it as it is: x in 2θ degrees under a 2θ
 * instrument, y as the format reads it; the same model over the same numbers written as column text
 * simulates and fits identically (the log figure of merit uses no errors; the sample has points of 0 counts,
 * whose error 0 column text refuses).
 */
class XrdmlModelFileTest {

    private static final String SAMPLE = "XRDML_attenuation.xrdml";

    @TempDir
    Path dir;

    private Path model(String name, String dataEntry) throws IOException {
        return Files.writeString(dir.resolve(name), """
                kind: reflectivity
                instrument:
                  probe: x-ray
                  wavelength: 1.5406
                  coords: tth
                  I0: {value: 2.6e6, min: 1e6, max: 1e7}
                  Ibkg: 1
                  resolution: {type: fast conv, sigma: 0.005, points: 5, range: 2}
                layers:
                  Amb:  {dens: 1, f_re: 1e-20, f_im: 1e-20}
                  Film: {material: Fe, dens: 0.0849, d: {value: 150, min: 50, max: 300}, sigma: 3}
                  Sub:  {material: Si, dens: 0.0499, sigma: 3}
                sample:
                  ambient: Amb
                  stacks:
                    - {name: film, layers: [Film], repetitions: 1}
                  substrate: Sub
                data:
                """ + dataEntry + """
                fom: log
                """);
    }

    @Test
    void anXrdmlDataEntryIsFittedIn2ThetaAsTheSameNumbersInColumnText() throws IOException {
        Files.copy(FormatSamples.sample(SAMPLE), dir.resolve(SAMPLE));
        LoadedCurve read = new XrdmlFormat().read(dir.resolve(SAMPLE), ReadOptions.DEFAULTS).curves().get(0);
        FormatSamples.columnText(dir.resolve("same.dat"), read.x(), read.y());

        Model fromXrdml = Evofit.load(model("xrdml.yaml", "  - {name: xrr, file: " + SAMPLE + "}\n"));
        Model fromColumns = Evofit.load(model("columns.yaml",
                "  - {name: xrr, file: same.dat, columns: {x: 0, y: 1}}\n"));

        List<Curve> simulated = fromXrdml.simulate();
        assertThat(simulated.get(0).x()).containsExactly(read.x());
        assertThat(simulated.get(0).x()[read.size() - 1]).isEqualTo(9.995);
        assertThat(simulated.get(0).y()).containsExactly(read.y());
        assertThat(simulated.get(0).model()).containsExactly(fromColumns.simulate().get(0).model());

        Fit fitted = fromXrdml.withSeed(3).withGenerations(4).withPopulation(8).withThreads(1).fit();
        Fit reference = fromColumns.withSeed(3).withGenerations(4).withPopulation(8).withThreads(1).fit();
        assertThat(fitted.fom()).isFinite().isEqualTo(reference.fom());
        assertThat(fitted.value("Film.d")).isEqualTo(reference.value("Film.d"));
    }
}
