package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class SldProfileTest {

    @Test
    void aRoughInterfaceIsAnErrorFunctionStep() {
        LayerSequence s = new LayerSequence(2);
        s.setLayer(0, 0, 0, 0);
        s.setLayer(1, 2.07 * SlabStack.SLD_TO_U, -0.01 * SlabStack.SLD_TO_U, 0);
        s.clear();
        s.append(0, 0);
        s.append(1, 3.0);

        SldProfile p = SldProfile.of(s, 101);

        for (int k = 0; k < p.z().length; k++) {
            double step = 0.5 * (1 + Erf.erf(p.z()[k] / (3.0 * Math.sqrt(2))));
            assertThat(p.re()[k]).isCloseTo(2.07 * step, within(1e-12));
            assertThat(p.im()[k]).isCloseTo(0.01 * step, within(1e-12));
        }
        assertThat(p.z()[0]).isLessThan(-12);
        assertThat(p.z()[100]).isGreaterThan(12);
    }

    @Test
    void aThickSlabReachesItsOwnSldBetweenItsInterfaces() {
        LayerSequence s = new LayerSequence(3);
        s.setLayer(0, 0, 0, 0);
        s.setLayer(1, 6.0 * SlabStack.SLD_TO_U, 0, 200);
        s.setLayer(2, 2.07 * SlabStack.SLD_TO_U, 0, 0);
        s.clear();
        s.append(0, 0);
        s.append(1, 2);
        s.append(2, 4);

        SldProfile p = SldProfile.of(s, 1001);

        for (int k = 0; k < p.z().length; k++) {
            double z = p.z()[k];
            if (z > 20 && z < 160) {
                assertThat(p.re()[k]).isCloseTo(6.0, within(1e-9));
            }
            if (z > 240) {
                assertThat(p.re()[k]).isCloseTo(2.07, within(1e-9));
            }
        }
    }
}
