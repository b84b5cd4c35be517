package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.MapNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlScalarsTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreWrittenInTheirShortestRoundTripForm() {
        assertThat(YamlScalars.number(3)).isEqualTo("3");
        assertThat(YamlScalars.number(-2)).isEqualTo("-2");
        assertThat(YamlScalars.number(0.1)).isEqualTo("0.1");
        assertThat(YamlScalars.number(1e-20)).isEqualTo("1e-20");
        assertThat(YamlScalars.number(1.5e-20)).isEqualTo("1.5e-20");
        assertThat(YamlScalars.number(1e300)).isEqualTo("1e300");
        assertThat(YamlScalars.number(-0.0)).isEqualTo("-0.0");
        assertThat(YamlScalars.number(0.049803865736215355)).isEqualTo("0.049803865736215355");
        assertThat(YamlScalars.number(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(YamlScalars.number(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void nanIsRefusedBecauseNoModelFileCanHoldIt() {
        assertThatThrownBy(() -> YamlScalars.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void namesArePlainAndAnythingYamlWouldMisreadIsQuoted() {
        assertThat(YamlScalars.string("best_1_bin")).isEqualTo("best_1_bin");
        assertThat(YamlScalars.string("x-ray")).isEqualTo("x-ray");
        assertThat(YamlScalars.string("fast conv")).isEqualTo("fast conv");
        assertThat(YamlScalars.string("Fe")).isEqualTo("Fe");
        for (String misread : List.of("Mg + O", "yes", "No", "y", "null", "~", "true", "inf", "-inf", "Infinity",
                ".inf", "nan", "NaN", "12", "1e5", "2θ", "a: b", "a #b", "", " Fe", "Fe ", "Fast Conv", "[x]")) {
            assertThat(YamlScalars.string(misread)).as(misread).startsWith("\"").endsWith("\"");
        }
        assertThat(YamlScalars.quoted("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
        assertThat(YamlScalars.value("2/2.866^3")).isEqualTo("\"2/2.866^3\"");
        assertThat(YamlScalars.value("1e-20")).isEqualTo("1e-20");
    }

    @Test
    void everySpellingReadsBackAsTheSameValue() throws IOException {
        double[] numbers = {3, -0.0, 0.1, 1e-20, 1.5e-20, 1e300, Math.PI, Double.MIN_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        List<String> strings = List.of("best_1_bin", "fast conv", "Mg + O", "yes", "null", "inf", "nan", "12",
                "2θ", "a: b", "a #b", "", "say \"hi\" \\o/");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < numbers.length; i++) {
            yaml.append("n").append(i).append(": ").append(YamlScalars.number(numbers[i])).append('\n');
        }
        for (int i = 0; i < strings.size(); i++) {
            yaml.append("s").append(i).append(": ").append(YamlScalars.string(strings.get(i))).append('\n');
            yaml.append("q").append(i).append(": ").append(YamlScalars.quoted(strings.get(i))).append('\n');
        }
        yaml.append("p: ").append(YamlScalars.parameter(new Parameter("p", 2, false, 0, Double.POSITIVE_INFINITY)))
                .append('\n');
        Path file = dir.resolve("scalars.yaml");
        Files.writeString(file, yaml);
        MapNode root = DocumentReader.read(file).asMap();

        for (int i = 0; i < numbers.length; i++) {
            assertThat(Double.doubleToRawLongBits(root.required("n" + i).asScalar().asDouble()))
                    .as("n" + i).isEqualTo(Double.doubleToRawLongBits(numbers[i]));
        }
        for (int i = 0; i < strings.size(); i++) {
            assertThat(root.required("s" + i).asScalar().asString()).isEqualTo(strings.get(i));
            assertThat(root.required("q" + i).asScalar().asString()).isEqualTo(strings.get(i));
        }
        assertThat(YamlScalars.parameter(new Parameter("p", 2, false, 0, Double.POSITIVE_INFINITY)))
                .isEqualTo("{value: 2, min: 0, fit: false}");
        assertThat(root.required("p").asMap().required("min").asScalar().asDouble()).isZero();
    }
}
