package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FootprintTest {

    @Test
    void gaussianBeamIsTheBeamsWeightOnTheSamplesCrossSection() {
        // L = 10 mm, s = 0.04 mm: cross-section L sin θ; fraction = P(|X| < L sin θ / 2), X ~ N(0, s²).
        double theta = 0.1;
        double half = 5 * Math.sin(Math.toRadians(theta));
        double expected = org.apache.commons.math3.special.Erf.erf(half / (Math.sqrt(2) * 0.04));
        assertThat(Footprint.gaussianBeam(theta, 10, 0.04)).isCloseTo(expected, within(1e-15));
        // At θ where the half cross-section is exactly one beam sigma, ~68.27 % of the beam hits.
        double oneSigma = Math.toDegrees(Math.asin(0.04 / 5));
        assertThat(Footprint.gaussianBeam(oneSigma, 10, 0.04)).isCloseTo(0.6826894921370859, within(1e-14));
        assertThat(Footprint.gaussianBeam(0, 10, 0.04)).isZero();
        assertThat(Footprint.gaussianBeam(5, 10, 0.04)).isEqualTo(1.0);
    }

    @Test
    void squareBeamGrowsLinearlyInSinThetaUntilTheWholeBeamHits() {
        double theta = 0.2;
        assertThat(Footprint.squareBeam(theta, 10, 0.1))
                .isCloseTo(10 * Math.sin(Math.toRadians(theta)) / 0.1, within(1e-15));
        double full = Math.toDegrees(Math.asin(0.1 / 10));
        assertThat(Footprint.squareBeam(full * 0.999, 10, 0.1)).isLessThan(1);
        assertThat(Footprint.squareBeam(full * 1.001, 10, 0.1)).isEqualTo(1.0);
        assertThat(Footprint.squareBeam(Double.NaN, 10, 0.1)).isEqualTo(1.0);
    }

    @Test
    void noCorrectionIsOne() {
        assertThat(Footprint.factor(FootprintType.NONE, 0.01, 10, 0.1)).isEqualTo(1.0);
    }

    @Test
    void applyTakesThetaFromQ() {
        double lambda = 1.54;
        double[] q = {GenxCoordinates.twoThetaToQ(lambda, 0.2), GenxCoordinates.twoThetaToQ(lambda, 0.6)};
        double[] r = {2, 3};
        Footprint.apply(FootprintType.GAUSSIAN_BEAM, lambda, 10, 0.04, q, r, 2);
        assertThat(r[0]).isCloseTo(2 * Footprint.gaussianBeam(0.1, 10, 0.04), within(1e-14));
        assertThat(r[1]).isCloseTo(3 * Footprint.gaussianBeam(0.3, 10, 0.04), within(1e-14));
    }
}
