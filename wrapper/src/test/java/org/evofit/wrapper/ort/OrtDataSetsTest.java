package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.DataSet;
import org.junit.jupiter.api.Test;

class OrtDataSetsTest {

    @Test
    void loadsTheOnlyDataSetWithoutAName() {
        DataSet data = OrtDataSets.load(OrtTestFiles.example(), null);

        assertThat(data.name()).isEqualTo("Nr 0 : mu =  0.707 deg");
        assertThat(data.size()).isEqualTo(111);
        assertThat(data.y()[2]).isEqualTo(7.4990203380666411e+00);
    }

    @Test
    void loadsByNameOrIndex() {
        Path file = OrtTestFiles.threeSets();

        DataSet down = OrtDataSets.load(file, "spin down");

        assertThat(down.name()).isEqualTo("spin down");
        assertThat(down.x()).containsExactly(0.1 / 10, 0.25 / 10);
        assertThat(down.y()).containsExactly(0.9, 0.003);
        assertThat(OrtDataSets.load(file, "1")).isEqualTo(down);
        assertThat(OrtDataSets.load(file, "0").name()).isEqualTo("spin up");
        assertThat(OrtDataSets.load(file, "7").y()).containsExactly(0.4);
    }

    @Test
    void saysWhichDataSetsThereAre() {
        Path file = OrtTestFiles.threeSets();

        assertThatThrownBy(() -> OrtDataSets.load(file, null))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": expected a single data set, or one chosen by name or index,"
                        + " but the file holds 3: 'spin up' (0), 'spin down' (1), '7' (2)");
        assertThatThrownBy(() -> OrtDataSets.load(file, "spin left"))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": expected a data set named or numbered 'spin left' but the"
                        + " file holds 'spin up' (0), 'spin down' (1), '7' (2)");
    }
}
