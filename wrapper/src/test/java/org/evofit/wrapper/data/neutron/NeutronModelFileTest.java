package org.evofit.wrapper.data.neutron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.api.Curve;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Model;
import org.evofit.wrapper.data.FormatSamples;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file whose data entry names a D17 .out file simulates it as it is, the file's resolution
 * (read as 1-sigma) smearing each point: the same model over the same numbers written as column text
 * with a resolution column gives the same curve (without the errors: the sample has points of error 0, which
 * column text refuses, and the log figure of merit uses none).
 */
class NeutronModelFileTest {

    private static final String SAMPLE = "D17_SiO.out";

    @TempDir
    Path dir;

    private Path model(String name, String dataEntry) throws IOException {
        return Files.writeString(dir.resolve(name), """
                kind: reflectivity
                instrument:
                  probe: neutron
                  wavelength: 5
                  coords: q
                  I0: 1
                  Ibkg: 1e-7
                  resolution: {type: full conv and varying res., points: 5, range: 2}
                layers:
                  amb: {sld: 0}
                  film: {sld: 3.5, d: {value: 1000, min: 500, max: 2000}, sigma: 5}
                  Si: {sld: 2.07, sigma: 3}
                sample: {ambient: amb, stacks: [{name: s, layers: [film], repetitions: 1}], substrate: Si}
                data:
                """ + dataEntry + """
                fom: log
                """);
    }

    @Test
    void aD17DataEntryIsSmearedByItsOwnResolutionAsTheSameNumbersInColumnText() throws IOException {
        Files.copy(FormatSamples.sample(SAMPLE), dir.resolve(SAMPLE));
        LoadedCurve read = new D17OutFormat().read(dir.resolve(SAMPLE), ReadOptions.DEFAULTS).curves().get(0);
        FormatSamples.columnText(dir.resolve("same.dat"), read.x(), read.y(), read.resolution());

        Model fromOut = Evofit.load(model("out.yaml", "  - {name: d17, file: " + SAMPLE + "}\n"));
        Model fromColumns = Evofit.load(model("columns.yaml",
                "  - {name: d17, file: same.dat, columns: {x: 0, y: 1, resolution: 2}}\n"));

        Curve simulated = fromOut.simulate().get(0);
        assertThat(simulated.x()).containsExactly(read.x());
        assertThat(simulated.y()).containsExactly(read.y());
        assertThat(simulated.model()).containsExactly(fromColumns.simulate().get(0).model());
    }
}
