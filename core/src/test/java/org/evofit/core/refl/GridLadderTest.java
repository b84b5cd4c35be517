package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A stack's smeared curve depends on that stack alone ({@link GridLadder}): not on the thicker or thinner stacks
 * smeared before it, in this workspace or another, so that a fit's result does not depend on which of its threads
 * evaluated which trial first.
 */
class GridLadderTest {

    private static final double[] Q = BenchStacks.linear(0.005, 0.2, 300);

    @Test
    void aStacksCurveIsTheSameAfterThickerAndThinnerStacks() {
        for (boolean relative : new boolean[] {false, true}) {
            double[] dq = Arrays.stream(Q).map(q -> relative ? 0.01 * q : 4e-4).toArray();
            SlabStack film = film(1200);
            double[] fresh = smear(SmearedReflectivity.pointwise(Q, dq), film);
            SmearedReflectivity plan = SmearedReflectivity.pointwise(Q, dq);
            SmearingWorkspace ws = new SmearingWorkspace();
            double[] out = new double[Q.length];
            for (double thickness : new double[] {300, 1200, 2500, 1200, 1399, 800, 1200}) {
                plan.reflectivity(film(thickness), out, ws);
                double[] again = new double[Q.length];
                plan.reflectivity(film, again, new SmearingWorkspace());
                assertThat(again).as("1200 Å after %s Å", thickness).containsExactly(fresh);
            }
        }
    }

    @Test
    void stacksOfNearThicknessesShareARungAndEachRungFollowsItsFringes() {
        GridLadder ladder = new GridLadder(Q, Arrays.stream(Q).map(q -> 4e-4).toArray(), SmearingSettings.REFLECTIVITY);
        ResolutionSmearing map = ladder.mapFor(1200);
        assertThat(ladder.mapFor(1201)).isSameAs(map);
        assertThat(map.maxFrequency()).isBetween(GridLadder.HEADROOM * 2 * 1201, 1.4 * 2 * 1200);
        ResolutionSmearing thick = ladder.mapFor(3000);
        assertThat(thick.maxFrequency()).isBetween(GridLadder.HEADROOM * 2 * 3000, 1.4 * 2 * 3000);
        assertThat(ladder.mapFor(1200)).isSameAs(map);
    }

    @Test
    void aPinnedGridServesEveryThinnerStack() {
        double[] dq = Arrays.stream(Q).map(q -> 0.01 * q).toArray();
        SmearedReflectivity pinned = SmearedReflectivity.pointwise(Q, dq).withMaxThickness(2500);
        double[] first = smear(pinned, film(1200));
        smear(pinned, film(300));
        assertThat(smear(pinned, film(1200))).containsExactly(first);
        assertThat(pinned.nodeCount()).isEqualTo(SmearedReflectivity.pointwise(Q, dq).withMaxThickness(2500)
                .nodeCount());
    }

    private static double[] smear(SmearedReflectivity plan, SlabStack stack) {
        double[] out = new double[Q.length];
        plan.reflectivity(stack, out, new SmearingWorkspace());
        return out;
    }

    /** A film of this thickness on Si. */
    private static SlabStack film(double thickness) {
        return SlabStack.fromSld(new double[] {0, thickness, 0}, new double[] {0, 3.47, 2.07}, new double[3],
                new double[] {0, 7, 4});
    }
}
