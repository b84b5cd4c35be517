package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GenxCoordinatesTest {

    private static final double LAMBDA = 1.54;

    @Test
    void twoThetaToQIsFourPiOverLambdaTimesSinTheta() {
        // 2θ = 60° → θ = 30°, sin θ = 1/2 → q = 2π/λ.
        assertThat(GenxCoordinates.twoThetaToQ(LAMBDA, 60)).isCloseTo(2 * Math.PI / LAMBDA, within(1e-14));
        assertThat(GenxCoordinates.twoThetaToQ(LAMBDA, 0)).isZero();
        assertThat(GenxCoordinates.qToTheta(LAMBDA, 2 * Math.PI / LAMBDA)).isCloseTo(30, within(1e-12));
        assertThat(GenxCoordinates.qToTwoTheta(LAMBDA, 2 * Math.PI / LAMBDA)).isCloseTo(60, within(1e-12));
    }

    @Test
    void qBeyondTheLimitOfTheWavelengthHasNoAngle() {
        assertThat(GenxCoordinates.qToTheta(LAMBDA, 4 * Math.PI / LAMBDA * 1.01)).isNaN();
    }

    @Test
    void inTwoThetaTheOffsetShiftsTheScatteringAngle() {
        double q = GenxCoordinates.toQ(Coordinates.TWO_THETA, LAMBDA, 0.1, 2.0);
        assertThat(q).isEqualTo(GenxCoordinates.twoThetaToQ(LAMBDA, 2.1));
        assertThat(GenxCoordinates.fromQ(Coordinates.TWO_THETA, LAMBDA, 0.1, q)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void inQTheOffsetShiftsTheAngleThatQCorrespondsTo() {
        double x = 0.1;
        double twoTheta = 2 * Math.toDegrees(Math.asin(x * LAMBDA / (4 * Math.PI)));
        double expected = 4 * Math.PI / LAMBDA * Math.sin(Math.toRadians((twoTheta + 0.05) / 2));
        double q = GenxCoordinates.toQ(Coordinates.Q, LAMBDA, 0.05, x);
        assertThat(q).isCloseTo(expected, within(1e-14));
        assertThat(GenxCoordinates.fromQ(Coordinates.Q, LAMBDA, 0.05, q)).isCloseTo(x, within(1e-14));
    }

    @Test
    void withoutOffsetQPassesThroughUntouched() {
        assertThat(GenxCoordinates.toQ(Coordinates.Q, LAMBDA, 0, 0.123456789)).isEqualTo(0.123456789);
        assertThat(GenxCoordinates.fromQ(Coordinates.Q, LAMBDA, 0, 0.123456789)).isEqualTo(0.123456789);
    }

    @Test
    void limitedQRaisesSmallAndNegativeQToGenxsFloor() {
        double[] x = {-0.5, 0, 1};
        double[] q = new double[3];
        GenxCoordinates.toLimitedQ(Coordinates.TWO_THETA, LAMBDA, 0, x, 3, q);
        assertThat(q[0]).isEqualTo(GenxCoordinates.Q_LIMIT);
        assertThat(q[1]).isEqualTo(GenxCoordinates.Q_LIMIT);
        assertThat(q[2]).isEqualTo(GenxCoordinates.twoThetaToQ(LAMBDA, 1));
    }

    @Test
    void genxNamesParse() {
        assertThat(Coordinates.of("q")).isEqualTo(Coordinates.Q);
        assertThat(Coordinates.of("2θ")).isEqualTo(Coordinates.TWO_THETA);
        assertThat(Coordinates.of("tth")).isEqualTo(Coordinates.TWO_THETA);
        assertThat(Probe.of("x-ray")).isEqualTo(Probe.XRAY);
        assertThat(Probe.of("neutron")).isEqualTo(Probe.NEUTRON);
        assertThat(FootprintType.of("gauss beam")).isEqualTo(FootprintType.GAUSSIAN_BEAM);
        assertThat(FootprintType.of("square beam")).isEqualTo(FootprintType.SQUARE_BEAM);
        assertThat(FootprintType.of("no corr")).isEqualTo(FootprintType.NONE);
        assertThat(GenxResolution.of("fast conv")).isEqualTo(GenxResolution.FAST);
        assertThat(GenxResolution.of("full conv and varying res. (dx/x)")).isEqualTo(GenxResolution.FULL_RELATIVE);
        for (GenxResolution r : GenxResolution.values()) {
            assertThat(GenxResolution.of(r.genxName())).isEqualTo(r);
        }
        assertThatThrownBy(() -> Coordinates.of("theta")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probe.of("neutron pol")).hasMessageContaining("neutron pol");
        assertThatThrownBy(() -> GenxResolution.of("slow conv")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FootprintType.of("round beam")).isInstanceOf(IllegalArgumentException.class);
    }
}
