package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.FormatSamples;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PANalytical .xrdml read as GenX reads it, in both of its forms, and its mistakes located. */
class XrdmlFormatTest {

    private static final String SAMPLE = "XRDML_attenuation.xrdml";
    private static final Pattern INTENSITIES = Pattern.compile("<intensities unit=\"counts\">([^<]*)</intensities>");
    private static final Pattern ATTENUATION = Pattern.compile("<beamAttenuationFactors>([^<]*)<");

    @TempDir
    Path dir;

    private static LoadedCurve only(Path file) {
        LoadedFile loaded = new XrdmlFormat().read(file, ReadOptions.DEFAULTS);
        assertThat(loaded.curves()).hasSize(1);
        return loaded.curves().get(0);
    }

    @Test
    void intensitiesAreDividedByTheCountingTimeWithErrorsFromTheDetectorsCountsAsGenXReadsThem() {
        LoadedCurve curve = only(FormatSamples.sample(SAMPLE));

        FormatSamples.assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(curve.wavelength()).isEqualTo(1.540598);
        assertThat(curve.extra().get("atten")[0]).isEqualTo(131.32);
        assertThat(curve.extra().get("atten")[5]).isEqualTo(1.0);
    }

    /** The sample's intensities rewritten as the counts they came from (I / attenuation) give GenX's curve again. */
    @Test
    void countsAreMultipliedByTheAttenuationAndDividedByTheCountingTime() {
        Path counts = FormatSamples.variant(dir, SAMPLE, "counts.xrdml", text -> {
            double[] intensities = numbers(INTENSITIES, text);
            double[] attenuation = numbers(ATTENUATION, text);
            String raw = IntStream.range(0, intensities.length)
                    .mapToObj(i -> Double.toString(intensities[i] / attenuation[i])).collect(Collectors.joining(" "));
            return INTENSITIES.matcher(text).replaceFirst("<counts unit=\"counts\">" + raw + "</counts>");
        });

        LoadedCurve curve = only(counts);

        FormatSamples.assertMatchesReference(curve, SAMPLE);
        assertThat(new XrdmlFormat().read(counts, ReadOptions.DEFAULTS).notes().get(0))
                .contains("counts x attenuation / counting time");
    }

    @Test
    void perPointCountingTimesListedPositionsAndOneAttenuationFactorForAllPoints() {
        LoadedCurve reference = only(FormatSamples.sample(SAMPLE));
        String positions = Arrays.stream(reference.x()).mapToObj(Double::toString).collect(Collectors.joining(" "));
        String times = " 2.0".repeat(reference.size()).strip();
        Path variant = FormatSamples.variant(dir, SAMPLE, "variant.xrdml", text -> ATTENUATION.matcher(text
                        .replaceFirst("<startPosition>0.005</startPosition>\\s*<endPosition>9.995</endPosition>",
                                "<listPositions>" + positions + "</listPositions>")
                        .replace("<commonCountingTime unit=\"seconds\">1.00</commonCountingTime>",
                                "<countingTimes unit=\"seconds\">" + times + "</countingTimes>"))
                .replaceFirst("<beamAttenuationFactors>4<"));

        LoadedCurve curve = only(variant);

        assertThat(curve.x()).containsExactly(reference.x());
        for (int i = 0; i < curve.size(); i++) {
            double intensity = reference.y()[i];
            assertThat(curve.y()[i]).isCloseTo(intensity / 2, within(1e-9 * intensity));
            assertThat(curve.error()[i]).isCloseTo(Math.sqrt(intensity * 4) / 2, within(1e-9 * intensity));
        }
    }

    @Test
    void noAttenuationFactorsMeanNoAttenuator() {
        Path variant = FormatSamples.variant(dir, SAMPLE, "plain.xrdml",
                text -> text.replaceFirst("<beamAttenuationFactors>[^<]*</beamAttenuationFactors>", ""));

        LoadedCurve curve = only(variant);

        assertThat(curve.error()[0]).isCloseTo(Math.sqrt(curve.y()[0]), within(1e-9));
    }

    @Test
    void isRecognisedByItsRootElementWhateverItsName() {
        Path renamed = FormatSamples.variant(dir, SAMPLE, "scan.xml", text -> text);

        assertThat(DataFormats.of(renamed, null)).isInstanceOf(XrdmlFormat.class);
        assertThat(DataFormats.of(FormatSamples.sample(SAMPLE), null)).isInstanceOf(XrdmlFormat.class);
    }

    @Test
    void aTruncatedFileIsReportedAsSuch() {
        Path cut = FormatSamples.variant(dir, SAMPLE, "cut.xrdml", text -> text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> only(cut)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(cut + ":")
                .hasMessageContaining("expected well-formed XML but")
                .hasMessageContaining("truncated");
    }

    @Test
    void aMissingElementIsNamedWithTheElementThatShouldHoldIt() {
        Path missing = FormatSamples.variant(dir, SAMPLE, "missing.xrdml",
                text -> INTENSITIES.matcher(text).replaceFirst(""));

        assertThatThrownBy(() -> only(missing)).isInstanceOf(DataFileException.class)
                .hasMessage(missing + ":97: expected an element <intensities> or <counts> in <dataPoints> but found"
                        + " neither");
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithItsElementAndPlace() {
        Path bad = FormatSamples.variant(dir, SAMPLE, "bad.xrdml",
                text -> text.replaceFirst(">2628764 3449514 ", ">2628764 34x9514 "));

        assertThatThrownBy(() -> only(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + ":111: expected a number as value 2 in <intensities> but found '34x9514'");
    }

    @Test
    void attenuationFactorsThatDoNotMatchThePointsAreRefused() {
        Path bad = FormatSamples.variant(dir, SAMPLE, "short.xrdml",
                text -> ATTENUATION.matcher(text).replaceFirst("<beamAttenuationFactors>1 2 3<"));

        assertThatThrownBy(() -> only(bad)).isInstanceOf(DataFileException.class)
                .hasMessage(bad + ":109: expected 1 or 1000 values in <beamAttenuationFactors>, one per intensity,"
                        + " but found 3");
    }

    private static double[] numbers(Pattern element, String text) {
        Matcher m = element.matcher(text);
        assertThat(m.find()).isTrue();
        return Arrays.stream(m.group(1).strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
