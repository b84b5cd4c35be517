package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ResolutionSmearing#applyBlocks}, neighbouring points summed side by side ({@link PointBlocks},
 * {@link VectorPointSums}), gives the bits of each point's own sum over its nodes in order, also where a node's
 * value is not finite and where the values leave out the nodes of points someone else smears.
 */
class PointBlocksTest {

    private static final int POINTS = 300;

    private final Random random = new Random(17);

    @Test
    void blocksGiveEachPointsOwnSumToTheBit() {
        ResolutionSmearing map = map();
        assertThat(map.blocks().laid()).isEqualTo(POINTS / map.blocks().lanes());
        double[] values = randomValues(map.nodeCount());
        double[] out = new double[POINTS];
        map.applyBlocks(values, map.firstNodes(), out);
        double[][] weights = weights(map);
        for (int i = 0; i < POINTS; i++) {
            assertThat(bits(out[i])).as("point %d", i).isEqualTo(bits(ownSum(map, weights, i, values, map.firstNode(i))));
        }
    }

    @Test
    void aNodeThatIsNotFiniteReachesOnlyThePointsThatUseIt() {
        ResolutionSmearing map = map();
        double[][] weights = weights(map);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            double[] values = randomValues(map.nodeCount());
            int node = map.firstNode(150) + map.nodeSpan(150) - 1;
            values[node] = bad;
            double[] out = new double[POINTS];
            map.applyBlocks(values, map.firstNodes(), out);
            int reached = 0;
            for (int i = 0; i < POINTS; i++) {
                boolean uses = node >= map.firstNode(i) && node < map.firstNode(i) + map.nodeSpan(i);
                reached += uses ? 1 : 0;
                assertThat(Double.isFinite(out[i])).as("point %d, node %s", i, bad).isEqualTo(!uses);
                assertThat(bits(out[i])).as("point %d", i).isEqualTo(bits(ownSum(map, weights, i, values, map.firstNode(i))));
            }
            assertThat(reached).isBetween(2, POINTS / 2);
        }
    }

    @Test
    void valuesWithoutTheNodesOfPointsSmearedElsewhereGiveTheSameBits() {
        boolean[] left = new boolean[POINTS];
        // Points 40-62 and 200-203 are left to someone else, as the edge quadrature takes points over.
        for (int i = 40; i <= 62; i++) {
            left[i] = true;
        }
        for (int i = 200; i <= 203; i++) {
            left[i] = true;
        }
        assertSameBitsWithout(map(), left);
    }

    @Test
    void aBlockWhoseRunsLeaveNodesOutStillGivesEachPointsOwnSum() {
        // Blocks of two clusters 1.5 runs apart: the nodes between are no point's, so the values leave them out.
        double sigma = 1e-3;
        double[] q = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            int lanes = map().blocks().lanes();
            int block = i / lanes;
            int lane = i % lanes;
            q[i] = 0.01 + 0.1 * block + 1e-4 * lane + (lane >= lanes / 2 ? 1.5 * 13 * sigma : 0);
        }
        double[] widths = new double[POINTS];
        java.util.Arrays.fill(widths, sigma);
        ResolutionSmearing map = ResolutionSmearing.pointwise(q, widths, SmearingSettings.REFLECTIVITY,
                ResolutionSmearing.CUT_REACH);
        assertThat(map.blocks().laid()).isEqualTo(POINTS / map.blocks().lanes());
        assertSameBitsWithout(map, new boolean[POINTS]);
    }

    /** The map's sums on values that hold only the nodes of the points not left out, against each point's own. */
    private void assertSameBitsWithout(ResolutionSmearing map, boolean[] left) {
        double[][] weights = weights(map);
        double[] all = randomValues(map.nodeCount());
        boolean[] needed = new boolean[map.nodeCount()];
        for (int i = 0; i < POINTS; i++) {
            for (int k = 0; !left[i] && k < map.nodeSpan(i); k++) {
                needed[map.firstNode(i) + k] = true;
            }
        }
        int[] compacted = new int[map.nodeCount()];
        double[] values = new double[map.nodeCount()];
        int count = 0;
        for (int k = 0; k < needed.length; k++) {
            compacted[k] = count;
            if (needed[k]) {
                values[count++] = all[k];
            }
        }
        assertThat(count).isLessThan(map.nodeCount());
        int[] first = new int[POINTS];
        double[] out = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            first[i] = left[i] ? -1 : compacted[map.firstNode(i)];
            out[i] = left[i] ? -7 : 0;
        }
        map.applyBlocks(values, first, out);
        for (int i = 0; i < POINTS; i++) {
            double expected = left[i] ? -7 : ownSum(map, weights, i, all, map.firstNode(i));
            assertThat(bits(out[i])).as("point %d", i).isEqualTo(bits(expected));
        }
    }

    /** A reflectivity-like data set: ascending points, widths growing with Q, a thick stack's grid. */
    private static ResolutionSmearing map() {
        double[] q = new double[POINTS];
        double[] sigma = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            q[i] = 0.005 + 0.2 * i / (POINTS - 1);
            sigma[i] = 2e-4 + 0.02 * q[i];
        }
        return ResolutionSmearing.pointwise(q, sigma, SmearingSettings.REFLECTIVITY.withMaxFrequency(3000),
                ResolutionSmearing.CUT_REACH);
    }

    private double[] randomValues(int n) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = Math.exp(-8 * random.nextDouble()) * (random.nextDouble() < 0.05 ? -1 : 1);
        }
        return values;
    }

    /** Each point's weights, read from the map as its sums of unit values (one term each, so exact). */
    private static double[][] weights(ResolutionSmearing map) {
        double[][] weights = new double[POINTS][];
        double[] unit = new double[map.nodeCount()];
        double[] out = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            weights[i] = new double[map.nodeSpan(i)];
        }
        for (int k = 0; k < unit.length; k++) {
            unit[k] = 1;
            map.apply(unit, out);
            for (int i = 0; i < POINTS; i++) {
                int j = k - map.firstNode(i);
                if (j >= 0 && j < map.nodeSpan(i)) {
                    weights[i][j] = out[i];
                }
            }
            unit[k] = 0;
        }
        return weights;
    }

    /** The value's bits, one NaN for all NaNs. */
    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    /** Point i's sum over its own nodes in their order, from +0, as a map summing one point at a time does. */
    private static double ownSum(ResolutionSmearing map, double[][] weights, int i, double[] values, int from) {
        double sum = 0;
        for (int j = 0; j < map.nodeSpan(i); j++) {
            sum += weights[i][j] * values[from + j];
        }
        return sum;
    }
}
