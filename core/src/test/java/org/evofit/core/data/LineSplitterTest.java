package org.evofit.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Test
    void blankRunsAndTabsSeparateAndColumnsPointAtFieldStarts() {
        assertThat(LineSplitter.split("  1.0 \t 2   3"))
                .containsExactly(new TextField("1.0", 3), new TextField("2", 9),
                        new TextField("3", 13));
    }

    @Test
    void commasSeparateAndBlanksAroundThemAreTrimmed() {
        assertThat(LineSplitter.split("1, 2 ,3"))
                .containsExactly(new TextField("1", 1), new TextField("2", 4),
                        new TextField("3", 7));
    }

    @Test
    void semicolonsWinOverCommasSoDecimalCommasStayInsideTheirField() {
        assertThat(texts(LineSplitter.split("1,5;2,25"))).containsExactly("1,5", "2,25");
    }

    @Test
    void oneTrailingSeparatorIsDropped() {
        assertThat(texts(LineSplitter.split("1,2,"))).containsExactly("1", "2");
        assertThat(texts(LineSplitter.split("1;2; "))).containsExactly("1", "2");
    }

    @Test
    void emptyFieldsBetweenSeparatorsAreKeptAndPointAtTheirSeparator() {
        assertThat(LineSplitter.split("1,,3"))
                .containsExactly(new TextField("1", 1), new TextField("", 3),
                        new TextField("3", 4));
        assertThat(LineSplitter.split(",1").get(0)).isEqualTo(new TextField("", 1));
    }

    @Test
    void commentsAreStrippedFromTheHashOn() {
        assertThat(LineSplitter.stripComment("1 2 # note")).isEqualTo("1 2 ");
        assertThat(LineSplitter.stripComment("# x y")).isEmpty();
        assertThat(LineSplitter.stripComment("1 2")).isEqualTo("1 2");
    }

    private static List<String> texts(List<TextField> fields) {
        return fields.stream().map(TextField::text).toList();
    }
}
