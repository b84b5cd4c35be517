package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final Path FILE = Path.of("t.csv");

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse(FILE, "name,x (deg),note\r\n\"a, b\",1.5,\"say \"\"hi\"\"\"\nc,2,\"two\nlines\"\n");
        assertThat(t.header()).containsExactly("name", "x (deg)", "note");
        assertThat(t.rows()).containsExactly(List.of("a, b", "1.5", "say \"hi\""), List.of("c", "2", "two\nlines"));
        assertThat(t.lines()).containsExactly(2, 3);
        assertThat(t.column("x")).isEqualTo(1);
        assertThat(t.unitOf(1)).isEqualTo("deg");
        assertThat(t.number(1, 1)).isEqualTo(2.0);
    }

    @Test
    void emptyFieldsAreNaNAndATrailingEmptyFieldCounts() {
        CsvTable t = CsvTable.parse(FILE, "a,b\n1,\n");
        assertThat(t.rows()).containsExactly(List.of("1", ""));
        assertThat(t.number(0, 1)).isNaN();
    }

    @Test
    void mistakesNameFileLineAndWhatWasExpected() {
        assertThatThrownBy(() -> CsvTable.parse(FILE, "a,b\n1,2\n3\n"))
                .hasMessage("t.csv:3: 1 fields; expected 2 as in the header");
        assertThatThrownBy(() -> CsvTable.parse(FILE, "a,b\n1,\"open\n"))
                .hasMessage("t.csv:2: a quoted field is not closed");
        assertThatThrownBy(() -> CsvTable.parse(FILE, "a\nx\n").number(0, 0))
                .hasMessage("t.csv:2: column a holds 'x'; expected a number");
        assertThatThrownBy(() -> CsvTable.parse(FILE, "a\n1\n").column("b"))
                .hasMessage("t.csv:1: no column b; the header has a");
    }
}
