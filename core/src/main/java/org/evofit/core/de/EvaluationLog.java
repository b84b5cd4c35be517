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
    /** The last snapshot taken (or the entries the log was refilled with): the next one extends it. */
    private LogEntries snapshot;

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
     * The entries now held, for a checkpoint: the last snapshot itself when nothing was appended
     * since, else the last one extended by the entries appended since, sharing its chunks
     * ({@link LogEntries#append}), so a snapshot costs the new entries, not the whole log.
     */
    LogEntries snapshot() {
        if (snapshot != null && snapshot.added() == added) {
            return snapshot;
        }
        long fresh = snapshot == null ? size : Math.min(size, added - snapshot.added());
        int count = (int) fresh;
        double[] v = new double[count * dimension];
        double[] f = new double[count];
        for (int i = 0; i < count; i++) {
            int p = physical(size - count + i);
            System.arraycopy(vectors, p * dimension, v, i * dimension, dimension);
            f[i] = foms[p];
        }
        LogEntries base = snapshot == null || added - snapshot.added() > size
                ? new LogEntries(capacity, dimension, new double[0], new double[0], added - count) : snapshot;
        snapshot = base.append(v, f);
        return snapshot;
    }

    /** A log holding a checkpoint's entries; its next snapshot extends them. */
    static EvaluationLog restore(LogEntries entries) {
        EvaluationLog log = new EvaluationLog(entries.dimension(), entries.capacity());
        log.fill(entries);
        return log;
    }

    private void fill(LogEntries entries) {
        double[] vectorsIn = entries.vectors();
        double[] fomsIn = entries.foms();
        if (size != 0 || fomsIn.length > capacity) {
            throw new IllegalStateException("the log is not empty or the entries do not fit");
        }
        System.arraycopy(vectorsIn, 0, vectors, 0, vectorsIn.length);
        System.arraycopy(fomsIn, 0, foms, 0, fomsIn.length);
        size = fomsIn.length;
        next = size % capacity;
        added = Math.max(entries.added(), size);
        snapshot = entries.added() == added ? entries : null;
    }

    private int physical(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("entry " + i + " of " + size);
        }
        return size < capacity ? i : (next + i) % capacity;
    }
}
