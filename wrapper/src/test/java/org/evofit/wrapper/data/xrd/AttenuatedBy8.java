package org.evofit.wrapper.data.xrd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.evofit.wrapper.data.LoadedCurve;

/**
 * What a Rigaku sample rewritten with every count divided by 8 and an attenuator factor of 8 beside it
 * must read as: the sample's curve again when the factor is applied (the error of the counts seen, times 8),
 * the counts as written when it is not.
 */
final class AttenuatedBy8 {

    private AttenuatedBy8() {
    }

    /** The factor applied: y as in {@code sample}, error sqrt(8 y). */
    static void assertApplied(LoadedCurve sample, LoadedCurve read) {
        for (int i = 0; i < sample.size(); i++) {
            double y = sample.y()[i];
            assertThat(read.y()[i]).as("y[%d]", i).isCloseTo(y, within(1e-9 * y));
            assertThat(read.error()[i]).as("error[%d]", i).isCloseTo(Math.sqrt(8 * y), within(1e-9 * y));
        }
        assertThat(read.extra().get("atten")).containsOnly(8.0);
    }

    /** The factor not applied: y / 8 and its Poisson error. */
    static void assertNotApplied(LoadedCurve sample, LoadedCurve read) {
        for (int i = 0; i < sample.size(); i++) {
            double y = sample.y()[i];
            assertThat(read.y()[i]).as("y[%d]", i).isCloseTo(y / 8, within(1e-9 * y));
            assertThat(read.error()[i]).as("error[%d]", i).isCloseTo(Math.sqrt(y / 8), within(1e-9 * y));
        }
    }
}
