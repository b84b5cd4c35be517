package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table's bounds, types and defaults agree with what the settings records accept. */
class OptimizerSettingsTest {

    static Stream<OptimizerSetting> settings() {
        return OptimizerSettings.all().stream();
    }

    @Test
    void keysAreUniqueAndEveryEntryHasHelp() {
        assertThat(new HashSet<>(OptimizerSettings.keys())).hasSameSizeAs(OptimizerSettings.keys());
        assertThat(OptimizerSettings.all()).allSatisfy(s -> assertThat(s.help()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theDefaultIsWithinTheBoundsAndItsTextReadsBackToIt(OptimizerSetting s) {
        if (!s.writtenFor(FitSettings.defaults())) {
            // An alternative not in force by default (population, generations: GenX's multipliers
            // are) holds 0 for "not given", which a user cannot write.
            assertThat(s.defaultValue()).isEqualTo(0);
            assertThatThrownBy(() -> s.applyText(FitSettings.defaults(), "0")).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Object d = s.defaultValue();
        if (d instanceof Number n) {
            assertThat(s.bounds().contains(n.doubleValue())).as(s.key()).isTrue();
        }
        assertThat(s.type().parse(s.defaultText())).isEqualTo(d);
        assertThat(s.applyText(FitSettings.defaults(), s.defaultText())).isEqualTo(FitSettings.defaults());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theRecordsAcceptExactlyTheValuesWithinTheBounds(OptimizerSetting s) {
        SettingBounds b = s.bounds();
        if (!b.bounded()) {
            return;
        }
        double step = s.type() == SettingType.NUMBER ? 1e-9 : 1;
        double min = b.min();
        assertAccepted(s, b.minIncluded() ? min : min + step, true);
        assertAccepted(s, b.minIncluded() ? min - step : min, false);
        if (!Double.isInfinite(b.max())) {
            assertAccepted(s, b.maxIncluded() ? b.max() : b.max() - step, true);
            assertAccepted(s, b.maxIncluded() ? b.max() + step : b.max(), false);
        }
        if (b.zeroAllowed()) {
            assertAccepted(s, 0, true);
        }
    }

    private static void assertAccepted(OptimizerSetting s, double v, boolean accepted) {
        Object value = s.type() == SettingType.NUMBER ? (Object) v : (Object) (int) v;
        if (accepted) {
            assertThat(s.valueIn(s.apply(FitSettings.defaults(), value))).as(s.key() + " = " + v).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> s.apply(FitSettings.defaults(), value)).as(s.key() + " = " + v)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aValueOfAnotherWidthOrAsTextIsTakenAsTheSettingsType() {
        OptimizerSetting km = OptimizerSettings.require("km");
        assertThat(km.valueIn(km.apply(FitSettings.defaults(), 1))).isEqualTo(1.0);
        assertThat(km.valueIn(km.apply(FitSettings.defaults(), "0.5"))).isEqualTo(0.5);
        OptimizerSetting restarts = OptimizerSettings.require("restarts");
        assertThatThrownBy(() -> restarts.apply(FitSettings.defaults(), 2.5))
                .hasMessage("expected a whole number but found 2.5");
        assertThatThrownBy(() -> OptimizerSettings.require("threads"))
                .hasMessageStartingWith("unknown optimizer setting 'threads'; expected one of strategy, km, kr");
    }

    @Test
    void theHelpSaysWhatIsAccepted() {
        assertThat(OptimizerSettings.require("km").describe()).isEqualTo("Mutation constant (GenX's km, often F), in (0, 2].");
        assertThat(OptimizerSettings.require("population").describe()).endsWith(", in [4, 100000].");
        assertThat(OptimizerSettings.require("generations").describe()).endsWith(", >= 1.");
        assertThat(OptimizerSettings.require("strategy").describe()).startsWith("Trial strategy: best_1_bin, ");
    }
}
