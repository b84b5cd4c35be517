package org.evofit.wrapper.data.neutron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evofit.wrapper.data.FormatSamples.assertMatchesReference;
import static org.evofit.wrapper.data.FormatSamples.sample;
import static org.evofit.wrapper.data.FormatSamples.variant;

import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarzissFormatTest {

    private static final String SAMPLE = "narziss2024n000689.dat";
    private final NarzissFormat format = new NarzissFormat();

    @TempDir
    Path dir;

    @Test
    void readsWhatGenxReadsMonitorNormalisedAgainstTwiceTheSampleAngle() {
        LoadedFile file = format.read(sample(SAMPLE), ReadOptions.DEFAULTS);

        LoadedCurve curve = file.curves().get(0);
        assertThat(curve.size()).isEqualTo(75);
        assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.TWO_THETA);
        assertThat(curve.wavelength()).isEqualTo(5.0);
        assertThat(file.notes()).anyMatch(note -> note.contains("Lambda") && note.contains("GenX"));
        assertThat(format.recognises(FileHead.of(sample(SAMPLE)))).isTrue();
        assertThat(format.recognises(FileHead.of(sample("SNS_MAGREF.dat")))).isFalse();
    }

    @Test
    void takesTheDetectorAngleColumnWhenTheFileHasOne() {
        Path withDetector = variant(dir, SAMPLE, "s2t.dat", text -> text.replace("NP  som      stt ", "NP  som      s2t "));

        LoadedCurve curve = format.read(withDetector, ReadOptions.DEFAULTS).curves().get(0);

        assertThat(curve.x()).isEqualTo(curve.extra().get("s2t"));
        assertThat(curve.x()[1]).isEqualTo(0.1002);
    }

    @Test
    void refusesATruncatedFileWithoutItsEnd() {
        Path cut = variant(dir, SAMPLE, "cut.dat", text -> text.substring(0, text.indexOf("74  3.6990")));

        assertThatThrownBy(() -> format.read(cut, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("cut.dat: expected 'END-OF-DATA' after the data rows but the file ends at line 106");
    }

    @Test
    void refusesAFileWithoutItsMonitorColumn() {
        Path missing = variant(dir, SAMPLE, "monitor.dat", text -> text.replace("MONITOR1", "MONITOR2"));

        assertThatThrownBy(() -> format.read(missing, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("monitor.dat:32: expected a column MONITOR1 among NP som stt COUNTS MONITOR2 TIME");
    }

    @Test
    void refusesANonNumberNamingLineAndColumn() {
        Path bad = variant(dir, SAMPLE, "bad.dat", text -> text.replace("10  0.4970    0.9998    37.000",
                "10  0.4970    0.9998    37.0O0"));

        assertThatThrownBy(() -> format.read(bad, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.dat:43:")
                .hasMessageContaining("expected a number in column 4 (COUNTS) but found '37.0O0'");
    }
}
