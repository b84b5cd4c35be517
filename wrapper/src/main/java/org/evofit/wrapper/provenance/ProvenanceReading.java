package org.evofit.wrapper.provenance;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.evofit.wrapper.model.FileNames;

/**
 * A fit's {@link Provenance} being read on a thread of its own while the fit runs. The read is mostly JGit's
 * code running cold for the model's git state (and logging's set-up, which JGit's first logger starts): in a
 * short fit that is as long as the fit itself, and beside it on another core it costs no wall time. The fit
 * does not touch the model file or its repository, so what is read is what {@link Provenance#of} would have
 * read just before the fit.
 */
public final class ProvenanceReading {

    private final CompletableFuture<Provenance> reading;

    private ProvenanceReading(CompletableFuture<Provenance> reading) {
        this.reading = reading;
    }

    /** As {@link #start(Path, FileNames)}, the model file named as given. */
    public static ProvenanceReading start(Path modelFile) {
        return start(modelFile, FileNames.AS_GIVEN);
    }

    /**
     * Starts reading the provenance of a fit of {@code modelFile} (null for a model built in code). The thread
     * is a daemon, so a fit that fails or exits meanwhile is not held up by it. The model file is named as
     * {@code names} says ({@link Provenance#of(Path, FileNames)}).
     */
    public static ProvenanceReading start(Path modelFile, FileNames names) {
        CompletableFuture<Provenance> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(Provenance.of(modelFile, names));
            } catch (Throwable e) {
                // Provenance.of does not throw; an Error (out of memory, say) still reaches the fit's thread.
                reading.completeExceptionally(e);
            }
        }, "evofit-provenance");
        thread.setDaemon(true);
        thread.start();
        return new ProvenanceReading(reading);
    }

    /** A read that has already ended with {@code provenance}: for a run whose provenance was gathered otherwise. */
    public static ProvenanceReading of(Provenance provenance) {
        return new ProvenanceReading(CompletableFuture.completedFuture(provenance));
    }

    /**
     * The provenance, waiting for the read to end. Not interruptible: an interrupted fit still gets its (short)
     * read, and keeps its thread's interrupt status.
     */
    public Provenance await() {
        return reading.join();
    }
}
