package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
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

/** Bruker .brml read as GenX reads it, its columns found by their descriptions, and its mistakes located. */
class BrmlFormatTest {

    private static final String SAMPLE = "BRML_attenuation.brml";
    private static final String RAW = "Experiment0/RawData0.xml";
    private static final Pattern DATUM = Pattern.compile("<Datum>([^<]*)</Datum>");

    @TempDir
    Path dir;

    private static LoadedFile read(Path file) {
        return new BrmlFormat().read(file, ReadOptions.DEFAULTS);
    }

    private Path variant(String name, UnaryOperator<String> change) {
        return ZipVariant.of(FormatSamples.sample(SAMPLE), dir.resolve(name), RAW, change);
    }

    @Test
    void xIsTwiceThetaAndTheErrorCarriesTheAbsorptionFactorAsGenXReadsIt() {
        LoadedFile file = read(FormatSamples.sample(SAMPLE));

        assertThat(file.curves()).hasSize(1);
        LoadedCurve curve = file.curves().get(0);
        FormatSamples.assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(curve.wavelength()).isEqualTo(1.5406);
    }

    /** Every Datum row reversed and the views' Start attributes moved with it: the same curve. */
    @Test
    void columnsAreFoundByTheFilesOwnDescriptionsNotByPosition() {
        Path reordered = variant("reordered.brml", text -> {
            Matcher rows = DATUM.matcher(text
                    .replace("Start=\"7\" Length=\"1\" MeasuredDataIndex", "Start=\"0\" Length=\"1\" MeasuredDataIndex")
                    .replace("Start=\"0\" Length=\"1\" LogicName=\"MeasuredTime\"",
                            "Start=\"7\" Length=\"1\" LogicName=\"MeasuredTime\"")
                    .replace("Start=\"1\" Length=\"1\" LogicName=\"AbsorptionFactor\"",
                            "Start=\"6\" Length=\"1\" LogicName=\"AbsorptionFactor\"")
                    .replace("Start=\"4\" Length=\"3\"", "Start=\"1\" Length=\"3\"")
                    .replace("Start=\"2\" Length=\"2\"", "Start=\"4\" Length=\"2\"")
                    .replaceFirst("(?s)(<FieldDefinitions FieldName=\"TwoTheta\".*?</FieldDefinitions>)(\\s*)"
                            + "(<FieldDefinitions FieldName=\"Theta\".*?</FieldDefinitions>)", "$3$2$1"));
            return rows.replaceAll(row -> {
                List<String> fields = Arrays.asList(row.group(1).split(","));
                Collections.reverse(fields);
                return "<Datum>" + String.join(",", fields) + "</Datum>";
            });
        });

        FormatSamples.assertMatchesReference(read(reordered).curves().get(0), SAMPLE);
    }

    @Test
    void aFileThatStatesNoWavelengthGetsGenXsAndSaysSo() {
        Path bare = variant("bare.brml", text -> text.replaceAll("<WaveLengthAlpha1 [^>]*/>", ""));

        LoadedFile file = read(bare);

        assertThat(file.curves().get(0).wavelength()).isEqualTo(1.54);
        assertThat(file.notes().get(0)).contains("not stated, 1.54 angstrom assumed as GenX does");
    }

    @Test
    void isRecognisedByItsZipEntriesWhateverItsName() throws IOException {
        Path renamed = Files.copy(FormatSamples.sample(SAMPLE), dir.resolve("scan.zip"));

        assertThat(DataFormats.of(renamed, null)).isInstanceOf(BrmlFormat.class);
        assertThat(new BrmlFormat().recognises(FileHead.of(
                FormatSamples.sample("rigaku_test.rasx")))).isFalse();
    }

    @Test
    void aTruncatedArchiveIsReportedAsSuch() throws IOException {
        byte[] bytes = Files.readAllBytes(FormatSamples.sample(SAMPLE));
        Path cut = Files.write(dir.resolve("cut.brml"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(cut)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(cut + ": expected a zip archive (a Bruker .brml) but it cannot be read as one")
                .hasMessageContaining("truncated");
    }

    @Test
    void aMissingEntryOrElementIsNamed() {
        Path noData = variant("nodata.brml", text -> null);
        Path noViews = variant("noviews.brml", text -> text.replaceFirst("(?s)<DataViews>.*</DataViews>", ""));

        assertThatThrownBy(() -> read(noData)).isInstanceOf(DataFileException.class)
                .hasMessage(noData + ": expected a zip entry ExperimentN/RawDataM.xml (the .brml's scan data) but"
                        + " found none");
        assertThatThrownBy(() -> read(noViews)).isInstanceOf(DataFileException.class)
                .hasMessage(noViews + "!" + RAW + ":10: expected an element <DataViews> in <DataRoute> but found"
                        + " none");
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithItsEntryAndLine() {
        Path bad = variant("bad.brml", text -> text.replace(",5073145</Datum>", ",5O73145</Datum>"));

        assertThatThrownBy(() -> read(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + "!" + RAW + ":60: expected a number as value 8 in <Datum> but found '5O73145'");
    }

    @Test
    void aRowShorterThanItsDescriptionIsRefused() {
        Path bad = variant("short.brml", text -> text.replace(",0.01231,5073145</Datum>", "</Datum>"));

        assertThatThrownBy(() -> read(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + "!" + RAW + ":60: expected at least 8 comma-separated values in <Datum>, as"
                        + " <DataViews> describes, but found 6");
    }
}
