package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.FormatSamples;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rigaku .ras read as GenX reads it, whatever the header's encoding, and its mistakes located. */
class RasFormatTest {

    private static final String SAMPLE = "rigaku_test.ras";
    /** A data row: position, counts, attenuator factor 1. */
    private static final Pattern ROW = Pattern.compile("(?m)^(\\d+\\.\\d+) (\\d+\\.\\d+) 1\\.0000$");

    @TempDir
    Path dir;

    private static LoadedFile read(Path file) {
        return new RasFormat().read(file, ReadOptions.DEFAULTS);
    }

    private static LoadedCurve only(Path file) {
        LoadedFile loaded = read(file);
        assertThat(loaded.curves()).hasSize(1);
        return loaded.curves().get(0);
    }

    /** The sample changed byte for byte (its Shift-JIS header text kept as it is). */
    private Path variant(String name, UnaryOperator<String> change) {
        try {
            String text = Files.readString(FormatSamples.sample(SAMPLE), StandardCharsets.ISO_8859_1);
            return Files.writeString(dir.resolve(name), change.apply(text), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row's counts divided by 8 with the attenuator factor 8 written beside them. */
    private static String attenuatedBy8(String text) {
        return ROW.matcher(text).replaceAll(row -> row.group(1) + " "
                + Double.parseDouble(row.group(2)) / 8 + " 8.0000");
    }

    @Test
    void countsAndTheirPoissonErrorOverTheScanAxisAsGenXReadsThem() {
        LoadedCurve curve = only(FormatSamples.sample(SAMPLE));

        FormatSamples.assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(curve.wavelength()).isEqualTo(1.540593);
    }

    @Test
    void theAttenuatorColumnIsAppliedOnlyWhenTheAttenuatorSwitchedAutomatically() {
        LoadedCurve reference = only(FormatSamples.sample(SAMPLE));
        Path auto = variant("auto.ras", text -> attenuatedBy8(text)
                .replace("*HW_R_ATTENUATER_AUTOMODE \"0\"", "*HW_R_ATTENUATER_AUTOMODE \"1\""));
        Path manual = variant("manual.ras", RasFormatTest::attenuatedBy8);

        LoadedCurve applied = only(auto);
        LoadedCurve asMeasured = only(manual);

        AttenuatedBy8.assertApplied(reference, applied);
        AttenuatedBy8.assertNotApplied(reference, asMeasured);
    }

    @Test
    void anOmegaTwoThetaScanIsDoubledToTwoTheta() {
        LoadedCurve reference = only(FormatSamples.sample(SAMPLE));
        Path omega = variant("omega.ras",
                text -> text.replace("*MEAS_SCAN_AXIS_X \"2-Theta\"", "*MEAS_SCAN_AXIS_X \"Omega/2-Theta\""));

        LoadedCurve curve = only(omega);

        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        for (int i = 0; i < reference.size(); i++) {
            assertThat(curve.x()[i]).isEqualTo(2 * reference.x()[i]);
        }
    }

    @Test
    void everyScanOfAFileIsACurveAndOneCanBeChosen() {
        Path twice = variant("twice.ras", text -> text + text.replace("1.0000\n*RAS_INT_END", "1.0000\n"
                + "30.0200 5.0000 1.0000\n*RAS_INT_END"));

        LoadedFile file = read(twice);
        LoadedFile second = new RasFormat().read(twice, new ReadOptions(null, "1"));

        assertThat(file.curves()).extracting(LoadedCurve::name).containsExactly("twice.ras#0", "twice.ras#1");
        assertThat(second.curves()).hasSize(1);
        assertThat(second.curves().get(0).size()).isEqualTo(file.curves().get(0).size() + 1);
        assertThatThrownBy(() -> new RasFormat().read(twice, new ReadOptions(null, "2")))
                .isInstanceOf(DataFileException.class)
                .hasMessage(twice + ": expected a scan named or numbered '2' but the file holds 'twice.ras#0' (0),"
                        + " 'twice.ras#1' (1)");
    }

    @Test
    void isRecognisedByItsFirstLineWhateverItsName() {
        Path renamed = variant("scan", text -> text);

        assertThat(DataFormats.of(renamed, null)).isInstanceOf(RasFormat.class);
    }

    @Test
    void aLeadingByteOrderMarkIsNoPartOfTheFirstLine() {
        Path marked = variant("marked", text -> "\u00EF\u00BB\u00BF" + text);

        assertThat(DataFormats.of(marked, null)).isInstanceOf(RasFormat.class);
        FormatSamples.assertMatchesReference(only(marked), SAMPLE);
    }

    @Test
    void aTruncatedFileIsReportedAsSuch() {
        Path cut = variant("cut.ras", text -> text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> read(cut)).isInstanceOf(DataFileException.class)
                .hasMessageMatching(Pattern.quote(cut.toString()) + ":\\d+: expected \\*RAS_INT_END and"
                        + " \\*RAS_DATA_END to close the scan but the file ends \\(is it truncated\\?\\)");
    }

    @Test
    void aMissingScanAxisIsNamed() {
        Path missing = variant("noaxis.ras", text -> text.replace("*MEAS_SCAN_AXIS_X \"2-Theta\"\n", ""));

        assertThatThrownBy(() -> read(missing)).isInstanceOf(DataFileException.class)
                .hasMessage(missing + ":325: expected a header line *MEAS_SCAN_AXIS_X \"...\" (the scan axis) before"
                        + " *RAS_INT_START but found none");
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithItsLineAndColumn() {
        Path bad = variant("bad.ras", text -> text.replace("2.0200 7788.0000", "2.0200 77B8.0000"));

        assertThatThrownBy(() -> read(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + ":328:8: expected a number as column 2 (counts) but found '77B8.0000'");
    }
}
