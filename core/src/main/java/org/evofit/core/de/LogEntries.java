package org.evofit.core.de;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of an {@link EvaluationLog} at one moment, oldest first: what a checkpoint holds of a
 * run's log. Immutable.
 *
 * <p>Entries are held in chunks, each the entries appended between two snapshots, and a snapshot
 * taken after another shares the earlier one's chunks ({@link #append}): taking it, and telling what
 * it adds to the earlier one ({@link #addedSince}), costs the new entries, not the whole log, so
 * incremental checkpoints cost what changed since the last save however long the log.
 */
public final class LogEntries {

    /** Chunks beyond this many are merged into one, so a snapshot's bookkeeping stays small. */
    private static final int MAX_CHUNKS = 256;

    /** Entries appended together: {@code foms.length} of them, {@code vectors} entry after entry. */
    private record Chunk(double[] vectors, double[] foms) {
    }

    private final int capacity;
    private final int dimension;
    private final List<Chunk> chunks;
    /** Entries of the first chunk dropped because the log was full. */
    private final int skip;
    private final int size;
    private final long added;
    /** The entries in one chunk, made when first asked for (a snapshot may be read on another thread). */
    private volatile Chunk flat;

    /**
     * Entries given whole.
     *
     * @param capacity  the log's capacity
     * @param dimension the vectors' dimension
     * @param vectors   size x dimension values, entry after entry
     * @param foms      size figures of merit
     * @param added     entries ever appended to the log (at least size; the whole format does not
     *                  store it and reads size): what an incremental checkpoint counts its new entries by
     */
    public LogEntries(int capacity, int dimension, double[] vectors, double[] foms, long added) {
        this(capacity, dimension, List.of(new Chunk(vectors, foms)), 0, foms.length, added);
    }

    private LogEntries(int capacity, int dimension, List<Chunk> chunks, int skip, int size, long added) {
        this.capacity = capacity;
        this.dimension = dimension;
        this.chunks = chunks;
        this.skip = skip;
        this.size = size;
        this.added = added;
    }

    /** The log's capacity. */
    public int capacity() {
        return capacity;
    }

    /** The vectors' dimension. */
    public int dimension() {
        return dimension;
    }

    /** The number of entries held. */
    public int size() {
        return size;
    }

    /** Entries ever appended to the log. */
    public long added() {
        return added;
    }

    /** The size x dimension values, entry after entry, oldest first (not to be changed). */
    public double[] vectors() {
        return flat().vectors();
    }

    /** The size figures of merit, oldest first (not to be changed). */
    public double[] foms() {
        return flat().foms();
    }

    /**
     * These entries and {@code fresh} more appended after them (vectors entry after entry), the
     * oldest dropped beyond the capacity; the arrays are kept, not copied.
     */
    LogEntries append(double[] freshVectors, double[] freshFoms) {
        int fresh = freshFoms.length;
        if (fresh == 0) {
            return this;
        }
        if (fresh >= capacity || size == 0) {
            int keep = Math.min(fresh, capacity);
            return new LogEntries(capacity, dimension,
                    Arrays.copyOfRange(freshVectors, (fresh - keep) * dimension, fresh * dimension),
                    Arrays.copyOfRange(freshFoms, fresh - keep, fresh), added + fresh);
        }
        List<Chunk> joined = new ArrayList<>(chunks.size() + 1);
        joined.addAll(chunks);
        joined.add(new Chunk(freshVectors, freshFoms));
        int dropped = Math.max(0, size + fresh - capacity);
        int first = skip + dropped;
        int from = 0;
        while (first >= joined.get(from).foms().length) {
            first -= joined.get(from).foms().length;
            from++;
        }
        LogEntries out = new LogEntries(capacity, dimension, List.copyOf(joined.subList(from, joined.size())), first,
                size + fresh - dropped, added + fresh);
        return out.chunks.size() > MAX_CHUNKS
                ? new LogEntries(capacity, dimension, out.vectors(), out.foms(), out.added) : out;
    }

    /**
     * How many entries these add to {@code base} when they are {@code base}'s snapshot with entries
     * appended, known from the chunks they share (not their values); -1 when that is not known.
     */
    long addedSince(LogEntries base) {
        long fresh = added - base.added;
        if (capacity != base.capacity || dimension != base.dimension || fresh < 0 || fresh > size
                || size != Math.min(capacity, base.size + fresh)) {
            return -1;
        }
        if (base.size == 0 || fresh == 0 && this == base) {
            return fresh;
        }
        int last = base.chunks.size() - 1;
        int at = chunks.lastIndexOf(base.chunks.get(last));
        long after = 0;
        for (int c = at + 1; at >= 0 && c < chunks.size(); c++) {
            after += chunks.get(c).foms().length;
        }
        if (at < 0 || after != fresh) {
            return -1;
        }
        // Every chunk these keep from before the shared one is base's, in base's order.
        for (int c = at, b = last; c >= 0; c--, b--) {
            if (b < 0 || chunks.get(c) != base.chunks.get(b)) {
                return -1;
            }
        }
        return fresh;
    }

    /**
     * The newest {@code count} entries as arrays ({@code [0]} the vectors, entry after entry,
     * {@code [1]} the figures of merit), oldest first, copied from the chunks that hold them.
     */
    double[][] newest(int count) {
        double[] v = new double[count * dimension];
        double[] f = new double[count];
        int left = count;
        for (int c = chunks.size() - 1; left > 0; c--) {
            Chunk chunk = chunks.get(c);
            int from = c == 0 ? skip : 0;
            int take = Math.min(left, chunk.foms().length - from);
            int start = chunk.foms().length - take;
            left -= take;
            System.arraycopy(chunk.vectors(), start * dimension, v, left * dimension, take * dimension);
            System.arraycopy(chunk.foms(), start, f, left, take);
        }
        return new double[][] {v, f};
    }

    private Chunk flat() {
        Chunk made = flat;
        if (made == null) {
            double[][] all = chunks.size() == 1 && skip == 0 ? new double[][] {chunks.get(0).vectors(),
                    chunks.get(0).foms()} : newest(size);
            made = new Chunk(all[0], all[1]);
            flat = made;
        }
        return made;
    }
}
