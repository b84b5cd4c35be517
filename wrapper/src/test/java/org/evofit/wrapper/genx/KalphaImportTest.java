package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenX's Cu Kα doublet (issue 15/16): XRR_kalpha_made.hgx (make_params.py) declares inst (Kα1,
 * 1.5406 Å) and inst2 (Kα2, 1.5444 Å, otherwise the same) and Sim appends
 * {@code (sample.SimSpecular(d.x, inst) + 0.5*sample.SimSpecular(d.x, inst2))/1.5}, with the Sample's
 * crop_sld (SLD plot only). GenX's curve is that arithmetic over two spec_nx simulations whose layers
 * hold fp's f at 1.5406 Å (fp is looked up once, where the script set its wavelength). The reference
 * computes it from two single-wavelength models: the project with Sim's plain append (inst alone), and
 * the same model file at 1.5444 Å with each material's f written at 1.5406 Å.
 */
class KalphaImportTest {

    private static final String SUM =
            "    I.append((sample.SimSpecular(d.x, inst) + 0.5*sample.SimSpecular(d.x, inst2))/1.5)";
    private static final Pattern MATERIAL = Pattern.compile("(?m)^( *)material: (\"[^\"]+\"|\\w+)$");

    @TempDir
    Path dir;

    @Test
    void theDoubletImportsAndSimulatesToGenxsSumOfTheTwoInstrumentsCurves() throws IOException {
        ImportReport report = GenxImporterTest.importedWhole(dir, "XRR_kalpha_made.hgx");
        String model = Files.readString(report.model());
        assertThat(model).contains("wavelength: 1.5406").contains("doublet: {wavelength: 1.5444, ratio: 0.5, f: ")
                .contains("first wavelength").contains("a Kα doublet");
        double[] both = simulate(ModelFiles.load(report.model()));

        EditedProject single = EditedProject.of(dir, "XRR_kalpha_made.hgx", SUM, "    I.append(sample.SimSpecular(d.x, inst))");
        Path out = dir.resolve("single");
        ImportReport alone = GenxImporter.importProject(single.project(), "x.hgx", "x.hgx", out, false);
        assertThat(alone.untranslated()).isEmpty();
        String singleText = Files.readString(alone.model());
        assertThat(singleText).doesNotContain("doublet");
        double[] kalpha1 = simulate(ModelFiles.load(alone.model()));

        Path second = alone.model().resolveSibling("kalpha2.yaml");
        Files.writeString(second, withFixedF(singleText.replace("wavelength: 1.5406", "wavelength: 1.5444"), 1.5406));
        double[] kalpha2 = simulate(ModelFiles.load(second));

        double worst = 0;
        for (int i = 0; i < both.length; i++) {
            worst = Math.max(worst, Math.abs(both[i] / ((kalpha1[i] + 0.5 * kalpha2[i]) / 1.5) - 1));
        }
        assertThat(worst).isLessThan(1e-9);
        assertThat(CustomParameterImportTest.maxRelativeDeviation(kalpha1, kalpha2)).isGreaterThan(1e-2);
    }

    @Test
    void aSumNotNormalisedByOnePlusTheWeightIsRefusedAtItsLineSayingWhatTheDoubletIs() throws IOException {
        EditedProject e = EditedProject.of(dir, "XRR_kalpha_made.hgx", SUM,
                "    I.append((sample.SimSpecular(d.x, inst) + 0.5*sample.SimSpecular(d.x, inst2))/2)");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .hasMessageStartingWith("x.hgx: script line " + e.line() + ": ")
                .hasMessageContaining("divides the sum by 2, not by 1 + 0.5")
                .hasMessageContaining("(R1 + ratio*R2)/(1 + ratio)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSecondInstrumentDifferingInMoreThanItsWavelengthIsRefusedNamingTheArgument() throws IOException {
        EditedProject e = EditedProject.of(dir, "XRR_kalpha_made.hgx",
                "inst2 = model.Instrument(probe='x-ray', wavelength=1.5444, coords='tth', I0=2,",
                "inst2 = model.Instrument(probe='x-ray', wavelength=1.5444, coords='tth', I0=3,");
        assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", dir.resolve("out"), false))
                .hasMessageStartingWith("x.hgx: script line " + e.line() + ": ")
                .hasMessageContaining("whose I0 differs from the first's (2 and 3)");
    }

    /** The model text with each material replaced by its f at {@code wavelength}, as GenX's layers hold it. */
    private static String withFixedF(String text, double wavelength) {
        Matcher m = MATERIAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ComplexValue f = Composition.parse(m.group(2).replace("\"", "")).f(wavelength);
            m.appendReplacement(out, m.group(1) + "f_re: " + f.re() + "\n" + m.group(1) + "f_im: " + f.im());
        }
        m.appendTail(out);
        assertThat(out.toString()).doesNotContain("material:");
        return out.toString();
    }

    private static double[] simulate(ModelDefinition m) {
        return m.problem().simulate(m.problem().startValues())[0];
    }
}
