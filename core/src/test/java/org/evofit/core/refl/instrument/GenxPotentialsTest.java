package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GenxPotentialsTest {

    private static final double LAMBDA = 1.54;
    private static final double K0_SQUARED = Math.pow(2 * Math.PI / LAMBDA, 2);

    @Test
    void xrayPotentialIsKZeroSquaredTimesOneMinusTheSquaredIndex() {
        double dens = 2 / Math.pow(2.866, 3);
        double f1 = 24.76699611698429;
        double f2 = 3.1786419529742282;
        double[] uRe = new double[1];
        double[] uIm = new double[1];
        GenxPotentials.xray(LAMBDA, new double[] {dens}, new double[] {f1}, new double[] {-f2}, uRe, uIm);
        // n = 1 - δ + iβ with δ = r_e λ² dens f1 / 2π and β = r_e λ² dens f2 / 2π.
        double c = GenxPotentials.ELECTRON_RADIUS * LAMBDA * LAMBDA / (2 * Math.PI) * dens;
        double delta = c * f1;
        double beta = c * f2;
        double nRe = 1 - delta;
        double nIm = beta;
        assertThat(uRe[0]).isCloseTo(K0_SQUARED * (1 - (nRe * nRe - nIm * nIm)), within(1e-12 * uRe[0]));
        assertThat(uIm[0]).isCloseTo(-K0_SQUARED * 2 * nRe * nIm, within(1e-12 * Math.abs(uIm[0])));
        // Absorption makes Im U negative; to first order U = 4π r_e dens f.
        assertThat(uIm[0]).isNegative();
        assertThat(uRe[0]).isCloseTo(4 * Math.PI * GenxPotentials.ELECTRON_RADIUS * dens * f1,
                within(1e-4 * uRe[0]));
    }

    @Test
    void theKernelsWavevectorIsGenxsSquaredIndexForm() {
        // GenX: Q_j² = (n_j² - n_0²)(4π/λ)² + n_0² q²; the kernel: kz_j² = (q/2)² - (U_j - U_0).
        double[] dens = {0.1, 1};
        double[] fRe = {70, 1e-20};
        double[] fIm = {-7, 1e-20};
        double[] uRe = new double[2];
        double[] uIm = new double[2];
        GenxPotentials.xray(LAMBDA, dens, fRe, fIm, uRe, uIm);
        double c = GenxPotentials.ELECTRON_RADIUS * LAMBDA * LAMBDA / (2 * Math.PI);
        double n1Re = 1 - c * dens[0] * fRe[0];
        double n1Im = -c * dens[0] * fIm[0];
        double q = 0.05;
        double genxRe = (n1Re * n1Re - n1Im * n1Im - 1) * 4 * K0_SQUARED + q * q;
        double genxIm = 2 * n1Re * n1Im * 4 * K0_SQUARED;
        double scale = GenxPotentials.ambientQScale(LAMBDA, uRe[1]);
        assertThat(scale).isEqualTo(1.0);
        double kernelRe = Math.pow(q * scale / 2, 2) - (uRe[0] - uRe[1]);
        double kernelIm = -(uIm[0] - uIm[1]);
        assertThat(4 * kernelRe).isCloseTo(genxRe, within(1e-14));
        assertThat(4 * kernelIm).isCloseTo(genxIm, within(1e-14));
    }

    @Test
    void neutronPotentialIsFourPiDensBToFirstOrderWithAbsorptionBelow() {
        double dens = 0.0847; // Fe atoms per Å³
        double b = 9.45;      // fm
        double xs = 2.56 + 0.4;
        double[] uRe = new double[1];
        double[] uIm = new double[1];
        GenxPotentials.neutron(4.0, new double[] {dens}, new double[] {b}, new double[] {0},
                new double[] {xs}, uRe, uIm);
        assertThat(uRe[0]).isCloseTo(4 * Math.PI * dens * b * 1e-5, within(3e-5 * uRe[0])); // second order: -s²
        // First order: Im U = -k0²·2·dens·xs·λ/4π = -2π dens xs / λ (xs in Å²).
        assertThat(uIm[0]).isCloseTo(-2 * Math.PI * dens * xs * 1e-8 / 4.0, within(1e-4 * Math.abs(uIm[0])));
        // Exactly k0²(2s - s²), s = dens (λ²/2π b - i xs λ/4π).
        double k0s = Math.pow(2 * Math.PI / 4.0, 2);
        double sRe = dens * 16 / (2 * Math.PI) * b * 1e-5;
        double sIm = -dens * xs * 1e-8 * 4 / (4 * Math.PI);
        assertThat(uRe[0]).isCloseTo(k0s * (2 * sRe - sRe * sRe + sIm * sIm), within(1e-18));
        assertThat(uIm[0]).isCloseTo(k0s * (2 * sIm - 2 * sRe * sIm), within(1e-20));
    }

    @Test
    void aDenseAmbientScalesQByItsIndex() {
        // D2O-like ambient, no absorption: GenX's kz_0 = n_0 q / 2.
        double[] uRe = new double[1];
        double[] uIm = new double[1];
        GenxPotentials.neutron(5.0, new double[] {0.0334}, new double[] {19.15}, new double[] {0},
                new double[] {0}, uRe, uIm);
        double n0 = 1 - 0.0334 * 25 / (2 * Math.PI) * 19.15e-5;
        assertThat(GenxPotentials.ambientQScale(5.0, uRe[0])).isCloseTo(n0, within(1e-15));
    }
}
