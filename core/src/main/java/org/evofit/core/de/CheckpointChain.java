package org.evofit.core.de;

import java.util.List;

/**
 * Incremental checkpoints: a whole checkpoint followed by increments, each holding the state at its
 * generation but of the evaluation logs (the bulk of a checkpoint) only the entries appended since
 * the checkpoint before it. A store appends each increment to the chain and a resume reads the
 * whole checkpoint and its increments in order ({@link #read}), giving exactly the checkpoint that
 * was saved last.
 *
 * <p>So that a chain never costs more to read than to rewrite, a new chain (a whole checkpoint)
 * starts once the increments would outweigh the whole checkpoint they follow: over a fit, each log
 * entry is written about twice at most, against once per save when every save is whole.
 *
 * <pre>{@code
 * CheckpointChain chain = new CheckpointChain();
 * CheckpointSink sink = c -> {
 *     CheckpointChain.Piece piece = chain.next(c);
 *     if (piece.whole()) store.replace(piece.bytes()); else store.append(piece.bytes());
 * };
 * }</pre>
 * One chain serves one fit's saves, on the optimizer's thread.
 */
public final class CheckpointChain {

    /**
     * One save's bytes.
     *
     * @param whole      whether they start a new chain (replacing the stored one) rather than extend it
     * @param generation the checkpoint's generation
     * @param bytes      a whole checkpoint ({@link DeCheckpoint#toBytes()}) or an increment
     */
    public record Piece(boolean whole, int generation, byte[] bytes) {
    }

    private DeCheckpoint previous;
    private long wholeBytes;
    private long appendedBytes;

    /** The bytes that save {@code checkpoint}: an increment to the previous piece when that is worth it. */
    public Piece next(DeCheckpoint checkpoint) {
        if (previous != null) {
            byte[] increment = CheckpointFormat.write(checkpoint, CheckpointFormat.INCREMENT, new IncrementLogs(previous));
            if (appendedBytes + increment.length <= wholeBytes) {
                appendedBytes += increment.length;
                previous = checkpoint;
                return new Piece(false, checkpoint.generation(), increment);
            }
        }
        byte[] whole = checkpoint.toBytes();
        wholeBytes = whole.length;
        appendedBytes = 0;
        previous = checkpoint;
        return new Piece(true, checkpoint.generation(), whole);
    }

    /**
     * Forgets the chain, so the next piece is whole: after a piece that may not have been stored, an
     * increment would follow a checkpoint the store does not have.
     */
    public void restart() {
        previous = null;
    }

    /**
     * The checkpoint a chain ends with: the whole checkpoint, then each increment in the order saved.
     * Throws IllegalArgumentException naming the damaged piece when one is truncated, corrupted, of
     * an unknown version, or does not follow the one before it.
     */
    public static DeCheckpoint read(byte[] whole, List<byte[]> increments) {
        DeCheckpoint checkpoint = DeCheckpoint.fromBytes(whole);
        for (int i = 0; i < increments.size(); i++) {
            try {
                checkpoint = CheckpointFormat.read(increments.get(i), CheckpointFormat.INCREMENT,
                        new IncrementLogs(checkpoint));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("increment " + (i + 1) + " of " + increments.size() + " after the "
                        + "checkpoint of generation " + checkpoint.generation() + ": " + e.getMessage(), e);
            }
        }
        return checkpoint;
    }
}
