package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NffReaderTest {

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTheHeaderAndRowsAsTheFilesWriteThem() throws IOException {
        // the first lines of fe.nff, verbatim (tab-separated header, 19-digit numbers)
        EnergyTable table = NffReader.read("Fe", "fe.nff", text("""
                        E (eV)\tf1 e/atom\tf2 e/atom
                1.068999999999999950e+01 4.329379699999999609e+00 1.423999999999999932e+00
                1.142760999999999960e+01 4.332169699999999679e+00 1.536299999999999999e+00
                """));
        assertThat(table.minEnergy()).isEqualTo(10.69);
        assertThat(table.maxEnergy()).isEqualTo(11.42761);
        assertThat(table.at(10.69)).isEqualTo(new ComplexValue(4.3293797, -1.424));
    }

    @Test
    void aRowThatIsNotThreeNumbersIsReportedWithItsLine() {
        assertThatThrownBy(() -> NffReader.read("Fe", "fe.nff", text("E f1 f2\n1 2 3\n4 5\n")))
                .hasMessage("fe.nff:3: expected three numbers E f1 f2 but found 2 fields");
        assertThatThrownBy(() -> NffReader.read("Fe", "fe.nff", text("E f1 f2\n1 2 3\n4 5 x\n")))
                .hasMessage("fe.nff:3: expected three numbers E f1 f2");
    }
}
