package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The magnetic kernel against cases whose answer follows from physics rather than from another
 * program: no magnetisation reduces to the unpolarised kernel, collinear magnetisation to two
 * unpolarised curves, the Zeeman-split spin-flip channels conserve neutron flux and obey the
 * symmetry of turning every induction by π about the lab x axis.
 */
class MagneticKernelTest {

    private static final double[] Q = BenchStacks.linear(0.002, 0.3, 400);

    /**
     * The benchmark's random stack of 12 layers (absorption, roughness, non-collinear magnetic SLDs up to
     * 3), its magnetic SLDs scaled to at most sldm and set to the angle thetaM (kept random when NaN).
     */
    private static MagneticSlabs stack(long seed, double sldm, double thetaM) {
        MagneticSlabs base = MagneticBenchmark.random(12, seed);
        double[] theta = base.thetaM().clone();
        double[] m = base.sldm().clone();
        for (int j = 0; j < m.length; j++) {
            theta[j] = Double.isNaN(thetaM) ? theta[j] : thetaM;
            m[j] *= sldm / 3;
        }
        return new MagneticSlabs(base.thickness(), base.sld(), base.isld(), theta, m, base.roughness());
    }

    /** The scalar kernel's channels, after checking that every other implementation gives the same bits. */
    private static SpinChannels run(MagneticSlabs stack, double aguide, double field, double[] q) {
        SpinChannels r = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(stack, aguide, field, q, 0, q.length, r,
                new MagneticWorkspace(MagneticImplementation.SCALAR));
        for (MagneticImplementation other : MagneticImplementation.values()) {
            SpinChannels o = SpinChannels.ofLength(q.length);
            MagneticKernel.reflectivity(stack, aguide, field, q, 0, q.length, o, new MagneticWorkspace(other));
            for (int c = 0; c < 4; c++) {
                org.assertj.core.api.Assertions.assertThat(o.get(c)).as("%s channel %d", other.label(), c)
                        .containsExactly(r.get(c));
            }
        }
        return r;
    }

    private static double[] unpolarised(MagneticSlabs stack, double sldSign) {
        double[] sld = stack.sld().clone();
        double[] isld = stack.isld().clone();
        for (int j = 0; j < sld.length; j++) {
            sld[j] += sldSign * stack.sldm()[j];
            isld[j] += j == 0 ? 0 : SpinFrames.ABSORPTION_FLOOR;
        }
        SlabStack slabs = SlabStack.fromSld(stack.thickness(), sld, isld, stack.roughness());
        double[] out = new double[Q.length];
        KernelImplementation.PRODUCTION.newKernel().reflectivity(LayerSequence.of(slabs), Q, out);
        return out;
    }

    /**
     * 2e-9: the unpolarised stack is given the magnetic kernel's absorption floor (refl1d's,
     * {@link SpinFrames#ABSORPTION_FLOOR}) in every layer but the fronting medium, where the unpolarised
     * kernels have no absorption of their own; the floor there changes R by about 1e-9 relative at
     * Q = 0.002 Å⁻¹ (measured), falling as 1/Q.
     */
    private static void assertClose(double[] actual, double[] expected, String what) {
        double worst = 0;
        int at = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(actual[i] - expected[i]) / expected[i];
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        System.out.printf("%s: max relative deviation %.2e at Q=%.4f%n", what, worst, Q[at]);
        assertThat(worst).as(what).isLessThan(2e-9);
    }

    @Test
    void withoutMagnetisationBothSpinsSeeTheUnpolarisedCurveAndNothingFlips() {
        MagneticSlabs stack = stack(7, 0, 0);
        SpinChannels r = run(stack, 90, 0, Q);
        double[] reference = unpolarised(stack, 0);
        assertClose(r.plusPlus(), reference, "non-magnetic R++ against the unpolarised kernel");
        assertClose(r.minusMinus(), reference, "non-magnetic R-- against the unpolarised kernel");
        assertThat(r.plusMinus()).containsOnly(0.0);
        assertThat(r.minusPlus()).containsOnly(0.0);
    }

    @Test
    void magnetisationAlongTheGuideFieldShiftsEachSpinsSldAndFlipsNothing() {
        for (double[] geometry : new double[][] {{90, 90}, {270, 270}, {90, -90 + 360}}) {
            double aguide = geometry[0];
            double thetaM = geometry[1];
            MagneticSlabs stack = stack(11, 3, thetaM);
            // Along the field when sin(thetaM)·sin(aguide) > 0; the third case is antiparallel.
            double sign = Math.signum(Math.sin(Math.toRadians(thetaM)) * Math.sin(Math.toRadians(aguide)));
            SpinChannels r = run(stack, aguide, 0, Q);
            assertClose(r.plusPlus(), unpolarised(stack, sign), "collinear R++, aguide " + aguide + " thetaM " + thetaM);
            assertClose(r.minusMinus(), unpolarised(stack, -sign), "collinear R--, aguide " + aguide + " thetaM " + thetaM);
            for (int i = 0; i < Q.length; i++) {
                // cos(90°) is 6e-17 in doubles, so the flip amplitude is of that order, never exactly 0.
                assertThat(r.plusMinus()[i]).isLessThan(1e-28);
                assertThat(r.minusPlus()[i]).isLessThan(1e-28);
            }
        }
    }

    /**
     * Without a field the two spin-flip channels are equal whenever the layers' inductions across the
     * guide field lie on one line (σx·(b·σ)·σx and time reversal then map the stack onto itself with the
     * spin labels swapped): a field in the plane with any in-plane magnetisation, or a field near Q with
     * moments along ±x. The field splits the fronting medium's levels, and R+− and R−+ part. The
     * interfaces are sharp: Névot–Croce factors between differently magnetised layers (refl1d's
     * approximation, which the kernel shares) break this symmetry slightly.
     */
    @Test
    void withoutAFieldTheSpinFlipChannelsAreEqualAndAFieldSplitsThem() {
        MagneticSlabs rough = stack(5, 4, Double.NaN);
        MagneticSlabs inPlane = new MagneticSlabs(rough.thickness(), rough.sld(), rough.isld(), rough.thetaM(),
                rough.sldm(), new double[rough.layerCount()]);
        double[] alongX = inPlane.thetaM().clone();
        for (int j = 0; j < alongX.length; j++) {
            alongX[j] = j % 2 == 0 ? 0 : 180;
        }
        MagneticSlabs nearQ = new MagneticSlabs(inPlane.thickness(), inPlane.sld(), inPlane.isld(), alongX,
                inPlane.sldm(), inPlane.roughness());
        assertThat(largestSplit(run(inPlane, 90, 0, Q))).isLessThan(1e-10);
        assertThat(largestSplit(run(nearQ, 5, 0, Q))).isLessThan(1e-10);
        double split = largestSplit(run(nearQ, 5, 1.0, Q));
        System.out.printf("H = 1 T at aguide 5°: R+- and R-+ differ by up to %.2f relative%n", split);
        assertThat(split).isGreaterThan(0.1);
    }

    private static double largestSplit(SpinChannels r) {
        double largest = 0;
        for (int i = 0; i < Q.length; i++) {
            largest = Math.max(largest, rel(r.plusMinus()[i], r.minusPlus()[i]));
        }
        return largest;
    }

    /**
     * Turning every induction (field and magnetisation) by π about the lab x axis is σx·(b·σ)·σx, which
     * swaps the spin labels: R^{ab}(θM, H) = R^{āb̄}(−θM, −H), with Zeeman splitting, absorption,
     * roughness and non-collinear layers.
     */
    @Test
    void turningEveryInductionAboutXSwapsTheSpinLabels() {
        MagneticSlabs stack = stack(3, 4, Double.NaN);
        double[] mirrored = stack.thetaM().clone();
        for (int j = 0; j < mirrored.length; j++) {
            mirrored[j] = -mirrored[j];
        }
        MagneticSlabs turned = new MagneticSlabs(stack.thickness(), stack.sld(), stack.isld(), mirrored,
                stack.sldm(), stack.roughness());
        SpinChannels r = run(stack, 30, 0.7, Q);
        SpinChannels t = run(turned, 30, -0.7, Q);
        double worst = 0;
        for (int i = 0; i < Q.length; i++) {
            worst = Math.max(worst, rel(r.plusPlus()[i], t.minusMinus()[i]));
            worst = Math.max(worst, rel(r.minusMinus()[i], t.plusPlus()[i]));
            worst = Math.max(worst, rel(r.plusMinus()[i], t.minusPlus()[i]));
            worst = Math.max(worst, rel(r.minusPlus()[i], t.plusMinus()[i]));
        }
        System.out.printf("spin-label symmetry: max relative deviation %.2e%n", worst);
        assertThat(worst).isLessThan(1e-11);
        assertThat(rel(r.plusMinus()[50], r.minusPlus()[50])).as("the case has Zeeman splitting").isGreaterThan(1e-3);
    }

    /**
     * Flux conservation with Zeeman splitting: below every edge of the backing medium and without
     * absorption nothing is transmitted, so the reflected flux is the incident one. A flipped wave
     * leaves with the other level's wavevector k' = sqrt(kz² ± ΔV), so its flux is Re(k')/kz·R (the
     * kernel reports the squared amplitude ratio, as refl1d does); when k' is imaginary it carries none.
     * The interfaces are sharp: Névot–Croce factors on the spin-flip terms (refl1d's approximation,
     * which the kernel shares) do not conserve flux, by 2.4e-4 here with 3–4 Å of roughness.
     */
    @Test
    void belowTheBackingEdgeEveryNeutronComesBackWhateverTheField() {
        double[] d = {0, 150, 0};
        double[] sld = {0, 2, 6};
        double[] zero = {0, 0, 0};
        double[] theta = {0, 0, 0};
        double[] m = {0, 3, 0};
        double[] sigma = {0, 0, 0};
        MagneticSlabs stack = new MagneticSlabs(d, sld, zero, theta, m, sigma);
        double field = 0.5;
        double[] q = BenchStacks.linear(0.002, 0.012, 60);
        SpinChannels r = run(stack, 5, field, q);
        double split = 2 * SlabStack.SLD_TO_U * SpinFrames.TESLA_TO_SLD * field;
        double worst = 0;
        double largestFlip = 0;
        for (int i = 0; i < q.length; i++) {
            double kz = q[i] / 2;
            double up = Math.sqrt(kz * kz + split);
            double downSquared = kz * kz - split;
            double down = downSquared > 0 ? Math.sqrt(downSquared) : 0;
            double plus = r.plusPlus()[i] + up / kz * r.plusMinus()[i];
            double minus = r.minusMinus()[i] + down / kz * r.minusPlus()[i];
            worst = Math.max(worst, Math.max(Math.abs(plus - 1), Math.abs(minus - 1)));
            largestFlip = Math.max(largestFlip, r.plusMinus()[i]);
        }
        System.out.printf("flux conservation with H = %.1f T: |sum - 1| <= %.2e (largest R+- %.3f)%n", field,
                worst, largestFlip);
        assertThat(largestFlip).as("the case flips spins").isGreaterThan(0.01);
        assertThat(worst).isLessThan(1e-8);
    }

    private static double rel(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
