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

class MftFormatTest {

    private static final String SAMPLE = "d17_example.mft";
    private final MftFormat format = new MftFormat();

    @TempDir
    Path dir;

    @Test
    void readsWhatGenxReadsAndKeepsTitleAndDatesAsNotes() {
        LoadedFile file = format.read(sample(SAMPLE), ReadOptions.DEFAULTS);

        LoadedCurve curve = file.curves().get(0);
        assertThat(curve.size()).isEqualTo(135);
        assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.Q);
        assertThat(file.notes()).contains(
                "Title: Specular reflectivity and off-specular scattering from artificial magnetic domain patterns",
                "Start date + time: 28-Sep-25 22:05:55", "End date + time: 29-Sep-25 03:07:05");
        assertThat(format.recognises(FileHead.of(sample(SAMPLE)))).isTrue();
        assertThat(format.recognises(FileHead.of(sample("D17_SiO.out")))).isFalse();
    }

    @Test
    void refusesATruncatedFileByItsPointCount() {
        Path cut = variant(dir, SAMPLE, "cut.mft", text -> text.substring(0, text.indexOf("            0.257514")));

        assertThatThrownBy(() -> format.read(cut, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("cut.mft: expected 135 data points (Number of data points, line 21)"
                        + " but the file ends after 133");
    }

    @Test
    void refusesAHeaderWithoutThePointCount() {
        Path missing = variant(dir, SAMPLE, "missing.mft", text -> text.replaceAll("Number of data points:.*\\R", ""));

        assertThatThrownBy(() -> format.read(missing, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("missing.mft: expected the header key 'Number of data points'");
    }

    @Test
    void refusesANonNumberNamingLineAndColumn() {
        Path bad = variant(dir, SAMPLE, "bad.mft", text -> text.replace("0.0356342", "O.0356342"));

        assertThatThrownBy(() -> format.read(bad, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.mft:24:")
                .hasMessageContaining("expected a number in column 3 (refl_err) but found 'O.0356342'");
    }
}
