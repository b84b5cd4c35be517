package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 (defect 9's class): an instrument's negative resolution, beam width or sample length, a
 * fitted wavelength whose min is not positive and a layer's negative density are bad input in a model
 * file (exit 2 at their line, nothing written); a coupling that drives the resolution negative makes the
 * candidates infeasible, and a fit that finds no other ends at exit 1 naming the coupling.
 */
class InstrumentMinimumFileTest {

    private static final String MODEL = SmallReflectivityFit.MODEL;
    private static final String INSTRUMENT = "instrument: {probe: x-ray, wavelength: 1.54, coords: q}";

    @TempDir
    Path dir;

    private void assertBadInput(Cli.Run run, String at, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ").contains(at).contains(message);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`resolution: {type: fast conv, sigma: -0.001}`|inst.res (resolution, 1σ, instrument inst) cannot be"
                + " negative, but its value is -0.001",
        "`resolution: {type: fast conv, fwhm: {value: 0.002, min: -0.001, max: 0.01}}`|inst.res (resolution, 1σ,"
                + " instrument inst) cannot be negative, but its min is -4.246",
        "`footprint: {type: gauss beam, beamw: -0.1, samplelen: 10}`|inst.beamw (beam width, instrument inst)"
                + " cannot be negative, but its value is -0.1",
        "`footprint: {type: square beam, beamw: 0.1, samplelen: {value: 10, min: -1, max: 20}}`|inst.samplelen"
                + " (sample length, instrument inst) cannot be negative, but its min is -1.0; expected min >= 0",
    })
    void aNegativeInstrumentQuantityIsBadInputAtItsLine(String section, String message) throws IOException {
        String model = MODEL.replace(INSTRUMENT, "instrument:\n  probe: x-ray\n  wavelength: 1.54\n  coords: q\n  "
                + section);
        assertBadInput(SmallReflectivityFit.fit(dir, model), "model.yaml:6:", message);
    }

    @Test
    void aFittedWavelengthWithAMinOfZeroIsBadInputAtItsLine() throws IOException {
        String model = MODEL.replace("wavelength: 1.54", "wavelength: {value: 1.54, min: 0, max: 2}");
        assertBadInput(SmallReflectivityFit.fit(dir, model), "model.yaml:2:",
                "inst.wavelength (wavelength, instrument inst) must be positive, but its min is 0.0; expected min > 0");
    }

    @Test
    void aNegativeDensityIsBadInputAtItsLine() throws IOException {
        String model = MODEL.replace("dens: 0.085", "dens: -0.085");
        assertBadInput(SmallReflectivityFit.fit(dir, model), "model.yaml:5:",
                "Film.dens (density in formula units per Å³, layer Film) cannot be negative, but its value is -0.085");
    }

    @Test
    void aNegativeBeamWidthInParametersIsBadInputAtItsLine() throws IOException {
        assertBadInput(SmallReflectivityFit.fit(dir, MODEL + "parameters: {inst.beamw: -1}\n"), "model.yaml:11:",
                "inst.beamw (beam width, instrument inst) cannot be negative, but its value is -1.0");
    }

    @Test
    void aCouplingThatOnlyMakesANegativeResolutionEndsTheFitNamingTheCoupling() throws IOException {
        String model = MODEL.replace(INSTRUMENT, INSTRUMENT.replace("}", ", resolution: {type: fast conv, sigma: 0}}"))
                + "variables:\n  t: {value: 2, min: 1, max: 3}\ncouplings: [\"inst.res = 0.001 * (t - 5)\"]\n";
        Cli.Run run = SmallReflectivityFit.fit(dir, model);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("evofit: the fit found no candidate whose couplings keep every quantity"
                + " within its minimum: inst.res (resolution, 1σ, instrument inst) cannot be negative, but the"
                + " coupling inst.res = 0.001 * (t - 5) makes it -");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
