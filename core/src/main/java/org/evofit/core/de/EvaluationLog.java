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
    private long added;

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
        added++;
    }

    /**
     * Entries appended since the log was made (or refilled from a checkpoint, which counts the entries
     * it held): an incremental checkpoint writes only the entries appended since the last one.
     */
    public long added() {
        return added;
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

    /**
     * Copies the entries, oldest first, into {@code vectorsOut} (size x dimension) and
     * {@code fomsOut} (size), for a checkpoint.
     */
    void copyTo(double[] vectorsOut, double[] fomsOut) {
        int oldest = size < capacity ? 0 : next;
        int tail = size - oldest;
        // The ring holds [oldest, size) then [0, oldest).
        System.arraycopy(vectors, oldest * dimension, vectorsOut, 0, tail * dimension);
        System.arraycopy(vectors, 0, vectorsOut, tail * dimension, oldest * dimension);
        System.arraycopy(foms, oldest, fomsOut, 0, tail);
        System.arraycopy(foms, 0, fomsOut, tail, oldest);
    }

    /**
     * Refills an empty log with entries in the layout {@link #copyTo} writes, {@code addedIn} of them
     * ever appended.
     */
    void fill(double[] vectorsIn, double[] fomsIn, long addedIn) {
        if (size != 0 || fomsIn.length > capacity) {
            throw new IllegalStateException("the log is not empty or the entries do not fit");
        }
        System.arraycopy(vectorsIn, 0, vectors, 0, vectorsIn.length);
        System.arraycopy(fomsIn, 0, foms, 0, fomsIn.length);
        size = fomsIn.length;
        next = size % capacity;
        added = Math.max(addedIn, size);
    }

    private int physical(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("entry " + i + " of " + size);
        }
        return size < capacity ? i : (next + i) % capacity;
    }
}
