package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calc expressions the peak importer recognises, and ones it must not. */
class PeakShapeTest {

    @Test
    void gaussianInBothSpellingsAndLorentzianMapTheirAttributes() {
        assertThat(PeakShape.of("self.A*exp(-(x - self.xc)**2/2/self.sigma**2)", "x"))
                .isEqualTo(new PeakShape("gaussian", Map.of("height", "A", "center", "xc", "sigma", "sigma")));
        assertThat(PeakShape.of("self.h * np.exp(-(q-self.c)**2/(2*self.s**2))", "q").params())
                .containsEntry("height", "h").containsEntry("center", "c").containsEntry("sigma", "s");
        assertThat(PeakShape.of("self.A/(1 + ((x - self.xc)/self.w)**2)", "x"))
                .isEqualTo(new PeakShape("lorentzian", Map.of("height", "A", "center", "xc", "gamma", "w")));
    }

    @Test
    void otherExpressionsAreNoShape() {
        assertThat(PeakShape.of("self.A*exp(-(x - self.xc)**2/self.sigma**2)", "x")).isNull();
        assertThat(PeakShape.of("self.A*exp(-(y - self.xc)**2/2/self.sigma**2)", "x")).isNull();
        assertThat(PeakShape.of("self.A*exp(-(x - self.A)**2/2/self.sigma**2)", "x")).isNull();
        assertThat(PeakShape.of("2*self.A*exp(-(x - self.xc)**2/2/self.sigma**2)", "x")).isNull();
    }
}
