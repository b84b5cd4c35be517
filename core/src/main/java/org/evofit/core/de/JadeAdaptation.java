package org.evofit.core.de;

import java.util.SplittableRandom;

/**
 * jade_best's self-adapting control parameters: every generation each member draws its own km from
 * a Cauchy and its own kr from a normal distribution (width 0.1) around running means, and the means
 * move towards the values that produced successful trials (Lehmer mean for km, arithmetic for kr).
 */
final class JadeAdaptation {

    /** How fast the means follow the successful values (GenX's c). */
    private static final double LEARNING_RATE = 0.07;
    private static final double WIDTH = 0.1;

    private double kmMean;
    private double krMean;
    private final double[] km;
    private final double[] kr;
    private double successKmSum;
    private double successKmSquares;
    private double successKrSum;
    private int successes;

    JadeAdaptation(double km, double kr, int population) {
        this.kmMean = km;
        this.krMean = kr;
        this.km = new double[population];
        this.kr = new double[population];
    }

    /** Updates the means from the last generation's successes, then draws this generation's values. */
    void startGeneration(SplittableRandom rng) {
        if (successes > 0) {
            kmMean = (1 - LEARNING_RATE) * kmMean + LEARNING_RATE * successKmSquares / successKmSum;
            krMean = (1 - LEARNING_RATE) * krMean + LEARNING_RATE * successKrSum / successes;
        }
        successKmSum = 0;
        successKmSquares = 0;
        successKrSum = 0;
        successes = 0;
        for (int i = 0; i < km.length; i++) {
            double cauchy = Math.tan(Math.PI * (rng.nextDouble() - 0.5));
            km[i] = clamp01(Math.abs(kmMean + WIDTH * cauchy));
            kr[i] = clamp01(krMean + WIDTH * rng.nextGaussian());
        }
    }

    /** Records that member i's trial replaced it. */
    void success(int i) {
        successKmSum += km[i];
        successKmSquares += km[i] * km[i];
        successKrSum += kr[i];
        successes++;
    }

    /** The state between two generations (the per-member draws are redrawn each generation). */
    DeCheckpoint.Jade state() {
        return new DeCheckpoint.Jade(kmMean, krMean, successKmSum, successKmSquares, successKrSum, successes);
    }

    /** Continues from a state taken by {@link #state()}. */
    void restore(DeCheckpoint.Jade s) {
        kmMean = s.kmMean();
        krMean = s.krMean();
        successKmSum = s.successKmSum();
        successKmSquares = s.successKmSquares();
        successKrSum = s.successKrSum();
        successes = s.successes();
    }

    double km(int i) {
        return km[i];
    }

    double kr(int i) {
        return kr[i];
    }

    double kmMean() {
        return kmMean;
    }

    double krMean() {
        return krMean;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
