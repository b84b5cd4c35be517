package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A workspace that keeps the last layout's leading weights ({@link EdgeWeights#layCluster}) gives the same bits as a
 * fresh one, whatever moved: one SLD, another, a thickness, the plan using it.
 */
class EdgeLayoutReuseTest {

    private static final double[] FILM_SLDS = {3.47, 3.48, 3.475, 3.47, 2.5, 3.47, 4.2, 3.47, 3.4701};

    /** examples/neutron-film's film of this SLD on a substrate of that SLD, with a second film of 300 Å under it. */
    private static SlabStack stack(double film, double under, double substrate) {
        return SlabStack.fromSld(new double[] {0, 1250, 300, 0}, new double[] {0, film, under, substrate},
                new double[] {0, 0, 0, 0}, new double[] {0, 7, 5, 4});
    }

    private static double[] q() {
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.005 + 0.115 * i / (x.length - 1);
        }
        return x;
    }

    private static SmearedReflectivity plan(boolean relative, SmearingSettings settings) {
        double[] x = q();
        double[] widths = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            widths[i] = relative ? 0.01 * x[i] : 4e-4;
        }
        return SmearedReflectivity.pointwise(x, widths, settings);
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static int assertSameAsFresh(SmearedReflectivity plan, SlabStack stack, SmearingWorkspace kept) {
        double[] reused = new double[300];
        double[] fresh = new double[300];
        plan.reflectivity(stack, reused, kept);
        plan.reflectivity(stack, fresh, new SmearingWorkspace());
        assertThat(bits(reused)).isEqualTo(bits(fresh));
        return kept.keptPoints;
    }

    @Test
    void keptWeightsGiveAFreshWorkspacesBitsAsTheFilmsSldMoves() {
        for (SmearingSettings settings : new SmearingSettings[] {SmearingSettings.REFLECTIVITY,
            SmearingSettings.REFLECTIVITY.wholeGaussian()}) {
            for (boolean relative : new boolean[] {false, true}) {
                SmearedReflectivity plan = plan(relative, settings);
                SmearingWorkspace ws = new SmearingWorkspace();
                int kept = 0;
                for (double sld : FILM_SLDS) {
                    kept += assertSameAsFresh(plan, stack(sld, 1.0, 2.07), ws);
                }
                // The substrate's edge does not move, so some of its points keep their weights.
                assertThat(kept).as("relative %s", relative).isPositive();
            }
        }
    }

    @Test
    void keptWeightsGiveAFreshWorkspacesBitsWhenOtherLayersOrPlansMove() {
        SmearedReflectivity constant = plan(false, SmearingSettings.REFLECTIVITY);
        SmearedReflectivity relative = plan(true, SmearingSettings.REFLECTIVITY);
        SmearingWorkspace ws = new SmearingWorkspace();
        double[][] stacks = {{3.47, 1.0, 2.07}, {3.47, 1.2, 2.07}, {3.47, 1.2, 2.09}, {3.46, 1.2, 2.09},
            {3.46, 4.5, 2.09}, {3.47, 1.0, 2.07}, {3.47, 1.0, 5.0}, {3.47, 1.0, 2.07}};
        for (double[] s : stacks) {
            assertSameAsFresh(constant, stack(s[0], s[1], s[2]), ws);
            assertSameAsFresh(constant, stack(s[0] + 0.001, s[1], s[2]), ws);
            assertSameAsFresh(relative, stack(s[0], s[1], s[2]), ws);
            assertSameAsFresh(relative, stack(s[0] + 0.001, s[1], s[2]), ws);
            assertSameAsFresh(constant, SlabStack.fromSld(new double[] {0, 800, 0}, new double[] {0, s[0], s[2]},
                    new double[] {0, 0, 0}, new double[] {0, 5, 3}), ws);
        }
    }
}
