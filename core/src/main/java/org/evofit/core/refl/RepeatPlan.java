package org.evofit.core.refl;

/**
 * Where a {@link LayerSequence} repeats itself, for {@link PowerWalk}: runs of positions in which a
 * block of {@code period} slabs (the same distinct layers under the same distinct interfaces) occurs
 * {@code count} times in a row. The Parratt walk over such a run is the block's 2×2 matrix raised to
 * the {@code count}-th power.
 *
 * <p>The plan is found from the unrolled sequence, not from how a sample declared its stacks, so it
 * is right at the edges of a repeated stack by construction: the top layer of a stack's first
 * repetition sits under the layer above the stack, not under the stack's own bottom layer, so its
 * interface differs and it is walked on its own (likewise a stack that ends on a different layer).
 * Runs are looked for from the backing medium up, the order of the walk; a run is taken only when the
 * matrix power costs fewer complex products than walking it slab by slab ({@link #gain}).
 *
 * <p>Mutable and reused: a kernel re-plans every call. Allocates only when a longer sequence than any
 * before is planned.
 */
final class RepeatPlan {

    /** The longest block looked for: two- and three-layer periods are the common case. */
    static final int MAX_PERIOD = 16;

    /** At position j (the run's bottom, walked first): the run's block length, and 0 where no run starts. */
    private int[] period = new int[0];
    /** At position j: how many blocks the run holds. */
    private int[] count = new int[0];

    /** Block length of the run whose bottom position is {@code j}; 0 where none starts there. */
    int period(int j) {
        return period[j];
    }

    /** Blocks in the run whose bottom position is {@code j}. */
    int count(int j) {
        return count[j];
    }

    /** A plan of single steps only: the plain walk. */
    void none(LayerSequence s) {
        grow(s.length);
        java.util.Arrays.fill(period, 0, s.length, 0);
        java.util.Arrays.fill(count, 0, s.length, 0);
    }

    /**
     * Plans {@code s}: from the slab above the backing medium up, at each position the period whose
     * run saves the most work, or a single step where none saves any.
     */
    void plan(LayerSequence s) {
        none(s);
        int j = s.length - 2;
        while (j >= 1) {
            int bestPeriod = 0;
            int bestCount = 0;
            int bestGain = 0;
            for (int p = 1; p <= MAX_PERIOD && 2 * p <= j; p++) {
                int c = blocks(s, j, p);
                int gain = c >= 2 ? gain(p, c) : 0;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestPeriod = p;
                    bestCount = c;
                }
            }
            if (bestPeriod > 0) {
                period[j] = bestPeriod;
                count[j] = bestCount;
                j -= bestPeriod * bestCount;
            } else {
                j--;
            }
        }
    }

    /** How many blocks of {@code p} positions, the lowest ending at {@code j}, repeat upwards (positions ≥ 1). */
    private static int blocks(LayerSequence s, int j, int p) {
        int matching = 0;
        for (int i = j; i - p >= 1 && same(s, i, i - p); i--) {
            matching++;
        }
        return 1 + matching / p;
    }

    private static boolean same(LayerSequence s, int i, int k) {
        return s.sequence[i] == s.sequence[k] && s.interfaceAt[i] == s.interfaceAt[k];
    }

    /**
     * Complex products saved by the matrix power over {@code c} blocks of {@code p} slabs. The plain walk
     * costs about 5 per slab; building the block's matrix about 10 per slab, each squaring 5 and each
     * application to the vector 4, each with a rescaling worth about 2.
     */
    static int gain(int p, int c) {
        int bits = 32 - Integer.numberOfLeadingZeros(c);
        int power = 10 * p + 7 * (bits - 1) + 6 * Integer.bitCount(c);
        return 5 * p * c - power;
    }

    private void grow(int length) {
        if (period.length < length) {
            period = new int[length];
            count = new int[length];
        }
    }
}
