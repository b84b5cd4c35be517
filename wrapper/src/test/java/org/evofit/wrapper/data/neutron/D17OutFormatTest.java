package org.evofit.wrapper.data.neutron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evofit.wrapper.data.FormatSamples.assertMatchesReference;
import static org.evofit.wrapper.data.FormatSamples.sample;
import static org.evofit.wrapper.data.FormatSamples.variant;

import java.nio.file.Path;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.XAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class D17OutFormatTest {

    private static final String SAMPLE = "D17_SiO.out";
    private final D17OutFormat format = new D17OutFormat();

    @TempDir
    Path dir;

    @Test
    void readsWhatGenxReadsWithTheFwhmResolutionAsSigma() {
        LoadedFile file = format.read(sample(SAMPLE), ReadOptions.DEFAULTS);

        assertThat(file.format()).isEqualTo("d17");
        LoadedCurve curve = file.curves().get(0);
        assertThat(curve.size()).isEqualTo(2167);
        assertMatchesReference(curve, SAMPLE);
        assertThat(curve.axis()).isEqualTo(XAxis.Q);
        assertThat(curve.wavelength()).isNaN();
        assertThat(curve.channel()).isNull();
        assertThat(file.notes()).anyMatch(note -> note.contains("FWHM"));
    }

    @Test
    void readsCrlfLinesAndAHeaderOfAnotherLength() {
        Path crlf = variant(dir, SAMPLE, "crlf.out", text -> text.replace("\n", "\r\n"));
        Path shorter = variant(dir, SAMPLE, "shorter.out",
                text -> text.replaceAll("(?m)^ (Search|Useful) .*\\R", "").replace(" Water:  \n",
                        " Water:  \n Polarisation: off\n"));

        assertMatchesReference(format.read(crlf, ReadOptions.DEFAULTS).curves().get(0), SAMPLE);
        assertMatchesReference(format.read(shorter, ReadOptions.DEFAULTS).curves().get(0), SAMPLE);
    }

    @Test
    void acceptsAColumnsEntryOnlyInItsOwnOrderAndOnlyItsOneCurve() {
        Path file = sample(SAMPLE);
        LoadedFile genxOrder = format.read(file, new ReadOptions(ColumnSpec.of(0, 1, 2, ColumnSpec.ABSENT), "0"));

        assertMatchesReference(genxOrder.curves().get(0), SAMPLE);
        assertThat(genxOrder.notes()).anyMatch(note -> note.startsWith("columns: x=0, y=1, error=2"));
        assertThatThrownBy(() -> format.read(file, new ReadOptions(ColumnSpec.of(1, 0, 2, 3), null)))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": a d17 file says what its columns are; expected no columns: or x: 0, y: 1,"
                        + " error: 2, resolution: 3 but found x=1, y=0, error=2, resolution=3");
        assertThatThrownBy(() -> format.read(file, new ReadOptions(null, "1")))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": expected a data set named or numbered '1' but the file holds 'D17_SiO.out' (0)");
    }

    @Test
    void recognisesItsHeaderOnly() {
        assertThat(format.recognises(FileHead.of(sample(SAMPLE)))).isTrue();
        assertThat(format.recognises(FileHead.of(sample("d17_example.mft")))).isFalse();
        assertThat(format.recognises(FileHead.of(sample("SNS_MAGREF.dat")))).isFalse();
    }

    @Test
    void refusesANonNumberNamingLineAndColumn() {
        Path bad = variant(dir, SAMPLE, "bad.out", text -> text.replace("0.00612264      0.565657",
                "0.00612264      0.56x657"));

        assertThatThrownBy(() -> format.read(bad, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.out:45:")
                .hasMessageContaining("expected a number in column 2 (refl) but found '0.56x657'");
    }

    @Test
    void refusesATruncatedFileAtItsCutRow() {
        Path cut = variant(dir, SAMPLE, "cut.out", text -> text.substring(0, text.lastIndexOf("1.22774e-06")));

        assertThatThrownBy(() -> format.read(cut, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("cut.out:2209:")
                .hasMessageContaining("expected 4 numbers (q, refl, refl err, q res) but found 2 fields");
    }

    @Test
    void refusesAHeaderWithoutData() {
        Path headerOnly = variant(dir, SAMPLE, "header.out", text -> text.substring(0, text.indexOf("\tq\t")));

        assertThatThrownBy(() -> format.read(headerOnly, ReadOptions.DEFAULTS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("header.out: expected rows of q, refl, refl err, q res after the header");
    }
}
