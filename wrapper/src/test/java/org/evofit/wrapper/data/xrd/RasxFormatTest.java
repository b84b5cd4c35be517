package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.FormatSamples;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rigaku .rasx read as GenX reads it, the scan described by its XML, and its mistakes located. */
class RasxFormatTest {

    private static final String SAMPLE = "rigaku_test.rasx";
    private static final String PROFILE = "Data0/Profile0.txt";
    private static final String CONDITIONS = "Data0/MesurementConditions0.xml";
    /** A profile row: position, counts, attenuator factor 1. */
    private static final Pattern ROW = Pattern.compile("(?m)^(\uFEFF?\\d+\\.\\d+)\t(\\d+)\t1\r?$");

    @TempDir
    Path dir;

    private static LoadedCurve only(Path file) {
        LoadedFile loaded = new RasxFormat().read(file, ReadOptions.DEFAULTS);
        assertThat(loaded.curves()).hasSize(1);
        return loaded.curves().get(0);
    }

    private Path variant(String name, String entry, UnaryOperator<String> change) {
        return ZipVariant.of(FormatSamples.sample(SAMPLE), dir.resolve(name), entry, change);
    }

    @Test
    void profileRowsOverTheAxisTheConditionsNameAsGenXReadsThem() {
        LoadedFile file = new RasxFormat().read(FormatSamples.sample(SAMPLE), ReadOptions.DEFAULTS);

        FormatSamples.assertMatchesReference(file.curves().get(0), SAMPLE);
        assertThat(file.curves().get(0)).extracting(LoadedCurve::axis, LoadedCurve::wavelength)
                .containsExactly(XAxis.TWO_THETA, 1.540593);
        assertThat(file.notes()).containsExactly("rigaku_test.rasx: x = the scan axis 'TwoThetaTheta' (2theta, deg),"
                + " y = counts, error = sqrt(counts) (attenuator not automatic: its column is not applied);"
                + " wavelength K-alpha1 1.540593 angstrom");
    }

    @Test
    void anAutomaticAttenuatorsFactorMultipliesCountsAndError() {
        LoadedCurve reference = only(FormatSamples.sample(SAMPLE));
        Path attenuated = variant("attenuated.rasx", PROFILE, text -> ROW.matcher(text).replaceAll(row -> row.group(1)
                + "\t" + Double.parseDouble(row.group(2)) / 8 + "\t8\r"));
        Path auto = ZipVariant.of(attenuated, dir.resolve("auto.rasx"), CONDITIONS, text -> text.replace(
                "<AttenuatorAutoMode>false</AttenuatorAutoMode>", "<AttenuatorAutoMode>true</AttenuatorAutoMode>"));

        LoadedCurve applied = only(auto);
        LoadedCurve asMeasured = only(attenuated);

        AttenuatedBy8.assertApplied(reference, applied);
        AttenuatedBy8.assertNotApplied(reference, asMeasured);
    }

    @Test
    void anOmegaTwoThetaScanIsDoubledToTwoTheta() {
        LoadedCurve reference = only(FormatSamples.sample(SAMPLE));
        Path omega = variant("omega.rasx", CONDITIONS, text -> text.replace("<AxisName>TwoThetaTheta</AxisName>",
                "<AxisName>OmegaTwoTheta</AxisName>"));

        LoadedCurve curve = only(omega);

        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(curve.x()).containsExactly(Arrays.stream(reference.x()).map(x -> 2 * x).toArray());
    }

    @Test
    void isRecognisedByItsZipEntriesWhateverItsName() throws IOException {
        Path renamed = Files.copy(FormatSamples.sample(SAMPLE), dir.resolve("scan.zip"));

        assertThat(DataFormats.of(renamed, null)).isInstanceOf(RasxFormat.class);
        assertThat(new RasxFormat().recognises(FileHead.of(FormatSamples.sample("BRML_attenuation.brml"))))
                .isFalse();
    }

    @Test
    void aTruncatedArchiveIsReportedAsSuch() throws IOException {
        byte[] bytes = Files.readAllBytes(FormatSamples.sample(SAMPLE));
        Path cut = Files.write(dir.resolve("cut.rasx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> only(cut)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(cut + ": expected a zip archive (a Rigaku .rasx) but it cannot be read as one")
                .hasMessageContaining("truncated");
    }

    @Test
    void aMissingEntryOrElementIsNamed() {
        Path noConditions = variant("noconditions.rasx", CONDITIONS, text -> null);
        Path noAxis = variant("noaxis.rasx", CONDITIONS,
                text -> text.replace("<AxisName>TwoThetaTheta</AxisName>", ""));

        assertThatThrownBy(() -> only(noConditions)).isInstanceOf(DataFileException.class)
                .hasMessage(noConditions + ": expected an entry " + CONDITIONS + " in the zip archive but found none");
        assertThatThrownBy(() -> only(noAxis)).isInstanceOf(DataFileException.class)
                .hasMessage(noAxis + "!" + CONDITIONS + ":731: expected an element <AxisName> in <ScanInformation>"
                        + " but found none");
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithItsEntryLineAndColumn() {
        Path bad = variant("bad.rasx", PROFILE, text -> text.replace("8.5100\t609\t1", "8.5100\t6O9\t1"));

        assertThatThrownBy(() -> only(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + "!" + PROFILE + ":2:8: expected a number as column 2 (counts) but found '6O9'");
    }
}
