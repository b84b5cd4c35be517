package org.evofit.core.de;

/**
 * The newest evaluated candidates and their figures of merit, in a fixed-size ring. GenX's error
 * bars are read from it, and jade_best draws its archive vectors from it.
 */
public final class EvaluationLog {

    private final int dimension;
    private final int capacity;
    private final double[] vectors;
    private final double[] foms;
    private int next;
    private int size;

    /** An empty log for vectors of the given dimension, keeping at most {@code capacity} entries. */
    public EvaluationLog(int dimension, int capacity) {
        this.dimension = dimension;
        this.capacity = capacity;
        this.vectors = new double[Math.multiplyExact(dimension, capacity)];
        this.foms = new double[capacity];
    }

    /** Appends one evaluation, dropping the oldest when full. */
    public void add(double[] vector, double fom) {
        System.arraycopy(vector, 0, vectors, next * dimension, dimension);
        foms[next] = fom;
        next = (next + 1) % capacity;
        if (size < capacity) {
            size++;
        }
    }

    /** Number of entries held. */
    public int size() {
        return size;
    }

    /** How many entries the log keeps at most. */
    public int capacity() {
        return capacity;
    }

    /** Dimension of the vectors. */
    public int dimension() {
        return dimension;
    }

    /** Parameter {@code d} of entry {@code i} (0 = oldest held). */
    public double value(int i, int d) {
        return vectors[physical(i) * dimension + d];
    }

    /** Figure of merit of entry {@code i} (0 = oldest held). */
    public double fom(int i) {
        return foms[physical(i)];
    }

    private int physical(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("entry " + i + " of " + size);
        }
        return size < capacity ? i : (next + i) % capacity;
    }
}
