package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ORSO test 2 (air on water, one rough interface) against the closed-form Fresnel reflectivity
 * its description gives, computed here independently of the kernel's code.
 */
class FresnelTest {

    /** |(kf − kb)/(kf + kb)·exp(−2 kf kb σ²)|² with kf = Q/2 and kb = sqrt(Q²/4 − 4π·Δρ). */
    static double fresnel(double q, double deltaSld, double sigma) {
        double kf = q / 2;
        double kb2 = kf * kf - 4 * Math.PI * deltaSld * 1e-6;
        if (kb2 >= 0) {
            double kb = Math.sqrt(kb2);
            double r = (kf - kb) / (kf + kb) * Math.exp(-2 * kf * kb * sigma * sigma);
            return r * r;
        }
        // Below the critical edge kb = iκ: r = (kf − iκ)/(kf + iκ)·exp(−2i kf κ σ²) has modulus one.
        return 1;
    }

    @Test
    void test2MatchesTheAnalyticFresnelFormula() {
        SlabStack stack = Orso.stack("test2.layers");
        double[][] ref = Orso.columns("test2.dat");
        double[] q = ref[0];
        double[] analytic = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            analytic[i] = fresnel(q[i], 6.36, 3);
        }
        double[] r = new double[q.length];
        ReflectivityKernel.reflectivity(stack, q, r, new KernelWorkspace());
        double dev = Orso.maxRelativeDeviation(r, analytic);
        double refDev = Orso.maxRelativeDeviation(ref[1], analytic);
        System.out.printf("test2: kernel vs analytic Fresnel %.3e (reference file vs analytic %.3e)%n",
                dev, refDev);
        // Measured 2.2e-15 (the reference file itself: 2.8e-15).
        assertThat(dev).as("kernel vs analytic Fresnel: max relative deviation %.3e", dev)
                .isLessThanOrEqualTo(1e-14);
    }

    @Test
    void theAnalyticFormulaAgreesWithTheReferenceFile() {
        double[][] ref = Orso.columns("test2.dat");
        double[] analytic = new double[ref[0].length];
        for (int i = 0; i < analytic.length; i++) {
            analytic[i] = fresnel(ref[0][i], 6.36, 3);
        }
        assertThat(Orso.maxRelativeDeviation(ref[1], analytic)).isLessThanOrEqualTo(1e-14);
    }
}
