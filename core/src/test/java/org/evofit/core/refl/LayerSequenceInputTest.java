package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A kernel's further per-layer inputs (channels) hold one value per distinct layer, start at zero,
 * keep what the sample wrote, and are the same arrays on every call, so filling them allocates
 * nothing per evaluation.
 */
class LayerSequenceInputTest {

    @Test
    void aChannelHoldsOneValuePerDistinctLayerAndIsTheSameArrayOnEveryCall() {
        LayerSequence seq = new LayerSequence(3);
        double[] second = seq.input(1);
        assertThat(second).containsExactly(0, 0, 0);
        second[2] = 7.5;
        double[] first = seq.input(0);
        assertThat(first).hasSize(3).isNotSameAs(second);
        assertThat(seq.input(1)).isSameAs(second).containsExactly(0, 0, 7.5);
        seq.clear();
        assertThat(seq.input(1)).isSameAs(second).containsExactly(0, 0, 7.5);
    }
}
