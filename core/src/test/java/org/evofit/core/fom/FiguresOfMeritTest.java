package org.evofit.core.fom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The factory, and behaviour common to every figure of merit. */
class FiguresOfMeritTest {

    private static final List<String> EXPECTED_NAMES = List.of("diff", "log", "sqrt", "R1",
            "logR1", "R2", "logR2", "sintth4", "Norm", "chi2bars", "chibars", "logbars", "R1bars",
            "R2bars", "chi2");

    @Test
    void namesAreGenxNamesInGenxOrderThenChi2() {
        assertThat(FiguresOfMerit.names()).containsExactlyElementsOf(EXPECTED_NAMES);
    }

    static List<String> names() {
        return EXPECTED_NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyNameResolvesToAFigureOfThatName(String name) {
        for (NonFinitePolicy policy : NonFinitePolicy.values()) {
            assertThat(FiguresOfMerit.byName(name, policy).name()).isEqualTo(name);
        }
        assertThat(FiguresOfMerit.byName(name.toUpperCase(), NonFinitePolicy.IGNORE).name())
                .isEqualTo(name);
    }

    @Test
    void exactlyTheWeightedFiguresNeedErrors() {
        for (String name : EXPECTED_NAMES) {
            boolean weighted = List.of("chi2bars", "chibars", "logbars", "R1bars", "R2bars", "chi2")
                    .contains(name);
            assertThat(FiguresOfMerit.byName(name, NonFinitePolicy.FAIL).needsErrors())
                    .as(name).isEqualTo(weighted);
        }
    }

    @Test
    void unknownNameIsRejectedWithTheValidNames() {
        assertThatThrownBy(() -> FiguresOfMerit.byName("chisq", NonFinitePolicy.IGNORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chisq")
                .hasMessageContaining(String.join(", ", EXPECTED_NAMES));
    }

    @Test
    void missingPolicyIsRejected() {
        assertThatThrownBy(() -> FiguresOfMerit.byName("diff", null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @MethodSource("names")
    void termsAddUpToTheFigureOfMerit(String name) {
        // terms are t_i before |.| and 1/(N - p); p = 2 and N = 5 here
        FigureOfMerit fom = FiguresOfMerit.byName(name, NonFinitePolicy.FAIL);
        double[][] t = {new double[3], new double[2]};
        fom.terms(TinyData.data(), TinyData.simulation(), t);
        double sum = Math.abs(t[0][0]) + Math.abs(t[0][1]) + Math.abs(t[0][2])
                + Math.abs(t[1][0]) + Math.abs(t[1][1]);
        boolean perDof = !List.of("R1", "logR1", "R2", "logR2", "R1bars", "R2bars").contains(name);
        double expected = perDof ? sum / (5 - 2) : sum;
        assertThat(fom.evaluate(TinyData.data(), TinyData.simulation(), TinyData.P))
                .isCloseTo(expected, within(1e-14));
    }

    @Test
    void onlyInRangePointsTakePart() {
        // x = 40 of set B lies outside [45, 60]: diff = (1 + 1 + 1 + 2) / (4 - 2)
        FitData data = FitData.of(List.of(TinyData.setA(), TinyData.setB().withRange(45, 60)));
        double value = FiguresOfMerit.byName("diff", NonFinitePolicy.FAIL)
                .evaluate(data, new double[][] {{5, 8, 2}, {27}}, 2);
        assertThat(value).isCloseTo(5.0 / 2, within(1e-14));
    }

    @Test
    void divisorsFollowTheDataWhenTheDataChange() {
        FigureOfMerit r2 = FiguresOfMerit.byName("R2", NonFinitePolicy.FAIL);
        FitData both = TinyData.data();
        FitData onlyA = FitData.of(List.of(TinyData.setA()));
        double[][] simA = {{5, 8, 2}};
        assertThat(r2.evaluate(both, TinyData.simulation(), 0)).isCloseTo(8.0 / 979, within(1e-15));
        // (1 + 1 + 1) / (16 + 81 + 1)
        assertThat(r2.evaluate(onlyA, simA, 0)).isCloseTo(3.0 / 98, within(1e-15));
        assertThat(r2.evaluate(both, TinyData.simulation(), 0)).isCloseTo(8.0 / 979, within(1e-15));
    }

    @Test
    void degreesOfFreedomMustBePositive() {
        FigureOfMerit diff = FiguresOfMerit.byName("diff", NonFinitePolicy.FAIL);
        assertThatThrownBy(() -> diff.evaluate(TinyData.data(), TinyData.simulation(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("N = 5 and p = 5");
    }

    @Test
    void simulationOfAnotherShapeIsRejected() {
        FigureOfMerit diff = FiguresOfMerit.byName("diff", NonFinitePolicy.FAIL);
        assertThatThrownBy(() -> diff.evaluate(TinyData.data(), new double[][] {{5, 8, 2}}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 data sets");
        assertThatThrownBy(() -> diff.evaluate(TinyData.data(),
                new double[][] {{5, 8, 2}, {15}}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data set 1 has 1 points");
    }

    @Test
    void dataSetWithoutPointsContributesNothing() {
        FitData data = FitData.of(List.of(TinyData.setA(),
                DataSet.of("empty", new double[0], new double[0])));
        double value = FiguresOfMerit.byName("Norm", NonFinitePolicy.FAIL)
                .evaluate(data, new double[][] {{5, 8, 2}, {}}, 1);
        // (1 + 1 + 1) / 14, over N - p = 3 - 1
        assertThat(value).isCloseTo(3.0 / 14 / 2, within(1e-15));
    }
}
