package org.evofit.dispatch;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.evofit.core.de.CheckpointChain;
import org.evofit.core.de.CheckpointSink;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeCheckpoint;

/**
 * A run's optimizer checkpoints in the run store under the run's lease, for a cluster worker and a
 * local loop alike: the stored checkpoint a new attempt resumes from, and the sink its new ones go to.
 */
final class LeaseCheckpoints {

    private LeaseCheckpoints() {
    }

    /**
     * The checkpoint the lease's attempt resumes from, noted in the run's row, or {@code null} when
     * there is none. A damaged one costs the generations it held, not the run: it goes to
     * {@code unusable} and the fit starts afresh.
     *
     * @param resumed told the generation resumed from
     */
    static DeCheckpoint resume(CheckpointStore store, Lease lease, IntConsumer resumed, Consumer<RuntimeException> unusable) {
        // A first attempt cannot have left a checkpoint: spare the store the question.
        Optional<StoredCheckpoint> stored = lease.attempt() == 1 ? Optional.empty() : store.latest(lease.sweep(), lease.run());
        DeCheckpoint resume = null;
        if (stored.isPresent()) {
            try {
                resume = CheckpointChain.read(stored.get().bytes(), stored.get().increments());
                store.markResumed(lease, resume.generation());
                resumed.accept(resume.generation());
            } catch (RuntimeException e) {
                unusable.accept(e);
            }
        }
        return resume;
    }

    /**
     * A cluster worker's checkpointing of a run: resuming from the run's stored checkpoint when there
     * is one, saving checkpoints to the store under the lease as {@code options} say, each step in the
     * worker's event log. A save refused because the lease is gone (the run was recovered by another
     * worker, or cancelled) stops the fit: its result could not be recorded.
     */
    static Checkpointing forWorker(CheckpointStore checkpoints, Lease lease, WorkerOptions options, EventLog log) {
        DeCheckpoint resume = resume(checkpoints, lease,
                generation -> log.event("resumed", lease.sweep(), lease.run(), options.name(), "generation=" + generation),
                e -> log.event("error", lease.sweep(), lease.run(), options.name(), "checkpoint unusable, starting afresh: "
                        + e.getMessage()));
        CheckpointSink sink = sink(checkpoints, lease,
                generation -> log.event("checkpoint", lease.sweep(), lease.run(), options.name(), "generation=" + generation),
                e -> log.event("error", lease.sweep(), lease.run(), options.name(), "checkpoint not saved, the fit goes on: "
                        + e.getMessage()),
                true);
        return Checkpointing.every(options.checkpointGenerations(), options.checkpointEvery(), sink).withResumeFrom(resume);
    }

    /**
     * A sink that saves each checkpoint under the lease, called on the fitting thread: incrementally
     * ({@link CheckpointChain}), a whole checkpoint replacing the stored one and an increment appended
     * to it, so a save writes what changed since the last one rather than the whole evaluation log.
     *
     * @param saved           told each generation saved
     * @param unsaved         told a save that failed (the store stayed unreachable through its retries);
     *                        the fit goes on unless this throws: a missed checkpoint costs a resume point,
     *                        not the result
     * @param stopWhenRefused interrupt the fit when a save is refused because the lease is gone (the run
     *                        was recovered by another worker, or cancelled): its result could not be recorded
     */
    static CheckpointSink sink(CheckpointStore store, Lease lease, IntConsumer saved, Consumer<StoreException> unsaved,
                               boolean stopWhenRefused) {
        CheckpointChain chain = new CheckpointChain();
        return checkpoint -> {
            // The checkpoint taken on an interrupt (SIGTERM) is saved with the flag set; a connection
            // pool waiting for a connection would give up at once on it, so it is lifted meanwhile.
            boolean interrupted = Thread.interrupted();
            boolean stored = false;
            try {
                CheckpointChain.Piece piece = chain.next(checkpoint);
                stored = piece.whole() ? store.save(lease, piece.generation(), piece.bytes())
                        : store.append(lease, piece.generation(), piece.bytes());
                if (stored) {
                    saved.accept(checkpoint.generation());
                } else if (stopWhenRefused) {
                    interrupted = true;
                }
            } catch (StoreException e) {
                unsaved.accept(e);
            } finally {
                if (!stored) {
                    // The store may not hold the piece: the next one must not follow it.
                    chain.restart();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
