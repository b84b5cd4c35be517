package org.evofit.core.de;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The logs of an increment ({@link CheckpointFormat#INCREMENT}): each run's log as the entries
 * appended to a log of the checkpoint the increment follows, or whole when it extends none of them
 * (a new phase's run). After the version: int generation and int phase of the checkpoint followed,
 * so a missing or reordered increment is refused. Per log: byte source (0: the followed checkpoint's
 * current run, 1: its best run, -1: none, the whole log follows), int capacity, dimension, size,
 * fresh, then fresh x dimension doubles and fresh doubles, the newest entries, oldest first.
 */
final class IncrementLogs implements CheckpointFormat.Logs {

    private static final int WHOLE_LOG = -1;
    private static final int CURRENT = 0;
    private static final int BEST = 1;

    private final DeCheckpoint followed;

    /** The logs of an increment to {@code followed}, the checkpoint saved before it. */
    IncrementLogs(DeCheckpoint followed) {
        this.followed = followed;
    }

    @Override
    public void header(DataOutputStream out) throws IOException {
        out.writeInt(followed.generation());
        out.writeInt(followed.phase());
    }

    @Override
    public void header(DataInputStream in) throws IOException {
        int generation = in.readInt();
        int phase = in.readInt();
        if (generation != followed.generation() || phase != followed.phase()) {
            throw new IllegalArgumentException("the increment follows the checkpoint of generation " + generation
                    + " (phase " + phase + "), not the one of generation " + followed.generation() + " (phase "
                    + followed.phase() + "): an increment is missing or out of order");
        }
    }

    @Override
    public void write(DataOutputStream out, LogEntries log, boolean best) throws IOException {
        int source = best ? sourceOf(log, BEST, CURRENT) : sourceOf(log, CURRENT, BEST);
        int fresh = source == WHOLE_LOG ? log.size() : (int) (log.added() - of(source).added());
        out.writeByte(source);
        out.writeInt(log.capacity());
        out.writeInt(log.dimension());
        out.writeInt(log.size());
        out.writeInt(fresh);
        double[][] newest = log.newest(fresh);
        CheckpointFormat.reals(out, newest[0]);
        CheckpointFormat.reals(out, newest[1]);
    }

    @Override
    public LogEntries read(DataInputStream in, boolean best) throws IOException {
        int source = in.readByte();
        int capacity = in.readInt();
        int dim = in.readInt();
        int size = in.readInt();
        int fresh = in.readInt();
        CheckpointFormat.requireLog(capacity, dim, size, fresh);
        double[] vectors = CheckpointFormat.reals(in, (long) fresh * dim);
        double[] foms = CheckpointFormat.reals(in, fresh);
        if (source == WHOLE_LOG && fresh == size) {
            return new LogEntries(capacity, dim, vectors, foms, size);
        }
        LogEntries base = source == CURRENT || source == BEST ? of(source) : null;
        int kept = size - fresh;
        if (base == null || base.capacity() != capacity || base.dimension() != dim || kept > base.size()
                || size != Math.min(capacity, base.size() + fresh)) {
            throw new IllegalArgumentException("checkpoint is corrupted: the increment's log (source " + source + ", "
                    + size + " entries) does not extend the checkpoint it follows");
        }
        // Shares the followed checkpoint's chunks: reading a chain costs its increments, not a log each.
        return base.append(vectors, foms);
    }

    /** The followed checkpoint's log that {@code log} extends, tried in the order given, or WHOLE_LOG. */
    private int sourceOf(LogEntries log, int first, int second) {
        for (int source : new int[] {first, second}) {
            LogEntries base = of(source);
            if (base != null && extendsLog(log, base)) {
                return source;
            }
        }
        return WHOLE_LOG;
    }

    private LogEntries of(int source) {
        DeCheckpoint.RunState run = source == CURRENT ? followed.current() : followed.bestRun();
        return run == null ? null : run.log();
    }

    /**
     * Whether {@code log} is {@code base} with entries appended: known at once when {@code log} is a
     * later snapshot of the same log (they share chunks), else when its counts follow and the entries
     * it kept from before are bit for bit the newest of {@code base}'s.
     */
    private static boolean extendsLog(LogEntries log, LogEntries base) {
        if (log.addedSince(base) >= 0) {
            return true;
        }
        long fresh = log.added() - base.added();
        if (log.capacity() != base.capacity() || log.dimension() != base.dimension() || fresh < 0
                || fresh > log.size() || log.size() != Math.min(log.capacity(), base.size() + fresh)) {
            return false;
        }
        int kept = log.size() - (int) fresh;
        int dim = log.dimension();
        return Arrays.equals(log.foms(), 0, kept, base.foms(), base.size() - kept, base.size())
                && Arrays.equals(log.vectors(), 0, kept * dim, base.vectors(), (base.size() - kept) * dim,
                base.size() * dim);
    }
}
