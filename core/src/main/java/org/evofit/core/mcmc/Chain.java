package org.evofit.core.mcmc;

import java.util.Arrays;

/**
 * The positions and log-posteriors of every walker at every step, row 0 being the start. A chain is
 * also the sampler's whole state: the next step needs only the last row, the step number and (for the
 * adaptive moves' Gaussians, {@link AdaptiveProposals}) the burn-in's rows, so a chain read back from
 * disk resumes the run exactly (see {@link EnsembleSampler#advance}).
 *
 * <p>Values are kept in one array, step-major, then walker, then parameter; the class is filled by
 * the sampler (or a reader of a saved chain) and read by everyone else.
 */
public final class Chain {

    private final int walkers;
    private final int dimension;
    private final double[] positions;
    private final double[] logPosterior;
    private final int[] nonFinite;
    private int rows;

    /**
     * An empty chain with room for {@code capacity} rows (the start and capacity - 1 steps).
     *
     * @throws IllegalArgumentException for a size beyond {@link SamplerSettings#MAX_CHAIN_VALUES}
     */
    public Chain(int walkers, int dimension, int capacity) {
        long values = (long) walkers * dimension * capacity;
        if (values > SamplerSettings.MAX_CHAIN_VALUES) {
            throw new IllegalArgumentException("a chain of " + walkers + " walkers x " + capacity + " rows x "
                    + dimension + " parameters holds " + values + " values, more than the "
                    + SamplerSettings.MAX_CHAIN_VALUES + " kept in memory; use fewer steps or walkers");
        }
        this.walkers = walkers;
        this.dimension = dimension;
        this.positions = new double[(int) values];
        this.logPosterior = new double[walkers * capacity];
        this.nonFinite = new int[capacity];
    }

    /** Appends one row with no non-finite proposal, see {@link #append(double[], double[], int)}. */
    public void append(double[] rowPositions, double[] rowLogPosterior) {
        append(rowPositions, rowLogPosterior, 0);
    }

    /**
     * Appends one row: every walker's position ({@code walkers x dimension}, walker-major) and
     * log-posterior, and how many of the step's proposals were rejected because the likelihood was
     * not finite there although they lay inside the bounds.
     */
    public void append(double[] rowPositions, double[] rowLogPosterior, int nonFiniteRejected) {
        if (rowPositions.length != walkers * dimension || rowLogPosterior.length != walkers) {
            throw new IllegalArgumentException("a row has " + walkers * dimension + " positions and " + walkers
                    + " log-posteriors, got " + rowPositions.length + " and " + rowLogPosterior.length);
        }
        if (rows == capacity()) {
            throw new IllegalStateException("the chain is full at " + rows + " rows");
        }
        System.arraycopy(rowPositions, 0, positions, rows * walkers * dimension, rowPositions.length);
        System.arraycopy(rowLogPosterior, 0, logPosterior, rows * walkers, walkers);
        nonFinite[rows] = nonFiniteRejected;
        rows++;
    }

    /** Number of walkers. */
    public int walkers() {
        return walkers;
    }

    /** Number of parameters. */
    public int dimension() {
        return dimension;
    }

    /** Rows held: the start plus the steps taken so far. */
    public int rows() {
        return rows;
    }

    /** Steps taken so far (rows - 1, or 0 for an empty chain). */
    public int steps() {
        return Math.max(rows - 1, 0);
    }

    /** The most rows this chain can hold. */
    public int capacity() {
        return logPosterior.length / walkers;
    }

    /** Parameter {@code d} of walker {@code w} at row {@code row}. */
    public double value(int row, int w, int d) {
        return positions[(row * walkers + w) * dimension + d];
    }

    /** The log-posterior of walker {@code w} at row {@code row}. */
    public double logPosterior(int row, int w) {
        return logPosterior[row * walkers + w];
    }

    /** The proposals of row {@code row}'s step rejected because the likelihood was not finite there. */
    public int nonFinite(int row) {
        return nonFinite[row];
    }

    /** Every step's proposals rejected because the likelihood was not finite inside the bounds. */
    public long nonFiniteTotal() {
        long total = 0;
        for (int r = 0; r < rows; r++) {
            total += nonFinite[r];
        }
        return total;
    }

    /** A copy of one row's positions, walker-major. */
    public double[] rowPositions(int row) {
        int from = row * walkers * dimension;
        return Arrays.copyOfRange(positions, from, from + walkers * dimension);
    }

    /** A copy of one row's log-posteriors. */
    public double[] rowLogPosterior(int row) {
        return Arrays.copyOfRange(logPosterior, row * walkers, (row + 1) * walkers);
    }

    /**
     * Parameter {@code d}'s series per walker over rows {@code from} (inclusive) to {@link #rows()}:
     * {@code [walker][row - from]}.
     */
    public double[][] series(int d, int from) {
        double[][] out = new double[walkers][rows - from];
        for (int r = from; r < rows; r++) {
            for (int w = 0; w < walkers; w++) {
                out[w][r - from] = value(r, w, d);
            }
        }
        return out;
    }
}
