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

class QuickNxsFormatTest {

    private static final String SAMPLE = "SNS_MAGREF.dat";
    private final QuickNxsFormat format = new QuickNxsFormat();

    @TempDir
    Path dir;

    @Test
    void readsWhatGenxReadsWithAnglesWavelengthsAndChannel() {
        LoadedFile file = format.read(sample(SAMPLE), ReadOptions.DEFAULTS);

        LoadedCurve curve = file.curves().get(0);
        assertThat(curve.size()).isEqualTo(75);
        assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.Q);
        assertThat(curve.channel()).isEqualTo("+");
        assertThat(format.recognises(FileHead.of(sample(SAMPLE)))).isTrue();
        assertThat(format.recognises(FileHead.of(sample("narziss2024n000689.dat")))).isFalse();
    }

    @Test
    void takesTheChannelTheHeaderNames() {
        Path minusMinus = variant(dir, SAMPLE, "mm.dat", text -> text.replace("Extracted states: +", "Extracted states: --"));

        assertThat(format.read(minusMinus, ReadOptions.DEFAULTS).curves().get(0).channel()).isEqualTo("--");
    }

    @Test
    void refusesAFileWithoutItsDataSection() {
        Path missing = variant(dir, SAMPLE, "missing.dat", text -> text.replace("# [Data]", "#"));

        assertThatThrownBy(() -> format.read(missing, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("missing.dat: expected a '# [Data]' line before the data");
    }

    @Test
    void refusesATruncatedFileAtItsCutRow() {
        Path cut = variant(dir, SAMPLE, "cut.dat", text -> text.substring(0, text.lastIndexOf("6.667059e-04")));

        assertThatThrownBy(() -> format.read(cut, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("cut.dat:97:")
                .hasMessageContaining("expected 5 numbers (Qz, R, dR, dQz, ai) but found 3 fields");
    }

    @Test
    void refusesANonNumberNamingLineAndColumn() {
        Path bad = variant(dir, SAMPLE, "bad.dat", text -> text.replace("2.098952e-04", "2.098952e-O4"));

        assertThatThrownBy(() -> format.read(bad, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.dat:24:")
                .hasMessageContaining("expected a number in column 4 (dQz) but found '2.098952e-O4'");
    }
}
