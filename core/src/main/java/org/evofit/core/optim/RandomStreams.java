package org.evofit.core.optim;

import java.util.SplittableRandom;

/**
 * One independent random stream per generation (of differential evolution) or step (of the
 * posterior sampler), derived from the seed and the generation number. A run can therefore be resumed
 * at any generation from its population alone, and the stream never depends on how many threads
 * evaluate candidates.
 */
public final class RandomStreams {

    private RandomStreams() {
    }

    /** The stream of {@code generation} (0 = initial population) for {@code seed}. */
    public static SplittableRandom forGeneration(long seed, long generation) {
        return new SplittableRandom(mix(mix(seed) ^ (generation * 0x9E3779B97F4A7C15L)));
    }

    /** The seed of restart {@code r} (r ≥ 1) of a run seeded with {@code seed}. */
    public static long restartSeed(long seed, int r) {
        return mix(seed + 0x632BE59BD9B4E019L * r);
    }

    // Stafford's variant 13 of the 64-bit finaliser: consecutive inputs give unrelated outputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
