package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DabaxReaderTest {

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsScansWithLabelsAndRowsFromCrlfText() throws IOException {
        // two scans as DeBe_NeutronNews.dat writes them, CRLF line ends and a trailing blank on "#S"
        String file = "#F nb_NeutronNews.dat\r\n#UD Column\tUnit\r\n"
                + "#S  88   Ra\r\n#N 8\r\n#L Concentration  b_c_r  b_c_i  b_i_r  coh_cs  incoh_cs  scat_cs  abs_cs  \r\n"
                + "1.60E3a\t10.0(1.0)\t0\t0\t13.(3.)\t0\t13.(3.)\t12.8(1.5)\r\n"
                + "#S  58   58Fe \r\n#N 9\r\n#L Concentration  b_c_r  b_c_i  b_i_r  b_i_i  coh_cs  incoh_cs  scat_cs  abs_cs  \r\n"
                + "0.3  15.(7.)  0.0  0  0.0  28  0  28.(26.)  1.28\r\n";
        List<DabaxScan> scans = DabaxReader.read("t.dat", text(file));
        assertThat(scans).extracting(DabaxScan::name).containsExactly("Ra", "58Fe");
        assertThat(scans.get(0).labels()).startsWith("Concentration", "b_c_r", "b_c_i").hasSize(8);
        assertThat(scans.get(0).line()).isEqualTo(3);
        // the uncertainty in parentheses is dropped: 10.0(1.0) -> 10.0, 15.(7.) -> 15
        assertThat(scans.get(0).number("b_c_r", "t.dat")).isEqualTo(10.0);
        assertThat(scans.get(1).number("b_c_r", "t.dat")).isEqualTo(15.0);
        assertThat(scans.get(1).number("abs_cs", "t.dat")).isEqualTo(1.28);
    }

    @Test
    void missingColumnsAndTextFieldsAreReported() throws IOException {
        List<DabaxScan> scans = DabaxReader.read("t.dat", text("#S 1 H\n#L a b\n(12.32a) 1\n"));
        assertThatThrownBy(() -> scans.get(0).number("c", "t.dat")).hasMessage("t.dat:1: scan H has no column c");
        assertThatThrownBy(() -> scans.get(0).number("a", "t.dat"))
                .hasMessage("t.dat:1: scan H: a '(12.32a)' is not a number");
    }

    @Test
    void dataBeforeTheFirstScanIsAnError() {
        assertThatThrownBy(() -> DabaxReader.read("t.dat", text("#F x\n1 2 3\n")))
                .hasMessage("t.dat:2: data before the first #S line");
    }
}
