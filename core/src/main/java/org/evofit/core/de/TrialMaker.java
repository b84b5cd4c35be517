package org.evofit.core.de;

import java.util.SplittableRandom;

/**
 * Makes trial vectors by GenX's strategies (see {@link Strategy}). Every random draw comes from the
 * generation's stream, in member order, so trials depend only on the seed and the population.
 */
final class TrialMaker {

    /** Probability of the mutation branch in the either/or strategies (GenX's pf). */
    private static final double EITHER_OR_MUTATION_PROBABILITY = 0.5;

    private final Strategy strategy;
    private final double km;
    private final double kr;
    private final double[] lower;
    private final double[] upper;
    private final BoundaryHandling boundaries;

    TrialMaker(DeSettings settings, double[] lower, double[] upper) {
        this.strategy = settings.strategy();
        this.km = settings.km();
        this.kr = settings.kr();
        this.lower = lower;
        this.upper = upper;
        this.boundaries = settings.boundaries();
    }

    /**
     * Writes the trial that competes with member {@code i} into {@code out}.
     *
     * @param jade per-member km and kr of jade_best (ignored by the other strategies)
     * @param log  evaluated vectors, the archive of jade_best
     */
    void make(Population pop, int i, SplittableRandom rng, JadeAdaptation jade, EvaluationLog log,
              double[] out) {
        double[] x = pop.members[i];
        int n = pop.size();
        switch (strategy) {
            case BEST_1_BIN, SIMPLEX_BEST_1_BIN -> {
                int a = rng.nextInt(n);
                int b = other(rng, n, a, a);
                double[] pa = pop.members[a];
                double[] pb = pop.members[b];
                binomial(rng, kr, x, out, d -> pop.best[d] + km * (pa[d] - pb[d]));
            }
            case RAND_1_BIN -> {
                int a = rng.nextInt(n);
                int b = other(rng, n, a, a);
                int c = other(rng, n, a, b);
                double[] pa = pop.members[a];
                double[] pb = pop.members[b];
                double[] pc = pop.members[c];
                binomial(rng, kr, x, out, d -> pc[d] + km * (pa[d] - pb[d]));
            }
            case BEST_EITHER_OR -> {
                int a = rng.nextInt(n);
                int b = other(rng, n, a, a);
                eitherOr(rng, pop.best, x, pop.members[a], pop.members[b], out);
            }
            case RAND_EITHER_OR -> {
                int a = rng.nextInt(n);
                int b = other(rng, n, a, a);
                double[] c = pop.members[other(rng, n, a, b)];
                eitherOr(rng, c, c, pop.members[a], pop.members[b], out);
            }
            case JADE_BEST -> {
                double kmI = jade.km(i);
                double[] pa = pop.members[rng.nextInt(n)];
                int h = rng.nextInt(log.size());
                binomial(rng, jade.kr(i), x, out,
                        d -> x[d] + kmI * (pop.best[d] - x[d]) + kmI * (pa[d] - log.value(h, d)));
            }
            default -> throw new IllegalStateException("unhandled strategy " + strategy);
        }
        applyBounds(rng, out);
    }

    /** A random index in [0, n) other than {@code not1} and {@code not2}. */
    private static int other(SplittableRandom rng, int n, int not1, int not2) {
        int k;
        do {
            k = rng.nextInt(n);
        } while (k == not1 || k == not2);
        return k;
    }

    private interface Mutant {
        double at(int d);
    }

    /** Binomial crossover: each parameter from the mutant with probability cr, at least one always. */
    private static void binomial(SplittableRandom rng, double cr, double[] x, double[] out, Mutant mutant) {
        int forced = rng.nextInt(x.length);
        for (int d = 0; d < x.length; d++) {
            boolean take = rng.nextDouble() < cr || d == forced;
            out[d] = take ? mutant.at(d) : x[d];
        }
    }

    private void eitherOr(SplittableRandom rng, double[] mutationBase, double[] recombinationBase,
                          double[] a, double[] b, double[] out) {
        if (rng.nextDouble() < EITHER_OR_MUTATION_PROBABILITY) {
            for (int d = 0; d < out.length; d++) {
                out[d] = mutationBase[d] + km * (a[d] - b[d]);
            }
        } else {
            for (int d = 0; d < out.length; d++) {
                double r = recombinationBase[d];
                out[d] = r + kr * (a[d] + b[d] - 2 * r);
            }
        }
    }

    /** Brings parameters outside their bounds back according to the boundary handling. */
    void applyBounds(SplittableRandom rng, double[] v) {
        if (boundaries == BoundaryHandling.IGNORE) {
            return;
        }
        for (int d = 0; d < v.length; d++) {
            if (v[d] < lower[d] || v[d] > upper[d] || Double.isNaN(v[d])) {
                v[d] = boundaries == BoundaryHandling.CLAMP
                        ? Math.max(lower[d], Math.min(upper[d], Double.isNaN(v[d]) ? lower[d] : v[d]))
                        : lower[d] + rng.nextDouble() * (upper[d] - lower[d]);
            }
        }
    }
}
