package org.evofit.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import org.evofit.looper.LocalDispatcher;

/**
 * How a worker runs.
 *
 * @param name                  its name in the run store and the logs (unique in the cluster)
 * @param slots                 fits it runs at the same time (Quartz job threads)
 * @param threads               threads evaluating each fit's population (never changes a result)
 * @param cache                 local directory for input files and run files
 * @param checkpointGenerations save a checkpoint every this many generations (0: never by count)
 * @param checkpointEvery       and at least this often (zero: never by time)
 */
public record WorkerOptions(String name, int slots, int threads, Path cache, int checkpointGenerations,
                            Duration checkpointEvery) {

    /** Checks the numbers. */
    public WorkerOptions {
        if (slots < 1 || threads < 1) {
            throw new IllegalArgumentException("slots and threads must be at least 1, got " + slots + " and " + threads);
        }
        if (checkpointGenerations < 0 || checkpointEvery.isNegative()) {
            throw new IllegalArgumentException("checkpoint intervals must not be negative");
        }
        if (name == null || name.isBlank() || name.contains(" ")) {
            throw new IllegalArgumentException("a worker name must be one word, got '" + name + "'");
        }
    }

    /**
     * Options for this machine, with its defaults where a value is {@code null}: one slot per core,
     * cores / slots threads per fit (at least 1), the name host-pid, a cache directory in
     * {@code java.io.tmpdir} named after the worker.
     *
     * @throws IllegalArgumentException when a value given is out of range
     */
    public static WorkerOptions forThisMachine(String name, Integer slots, Integer threads, Path cache,
                                               int checkpointGenerations, Duration checkpointEvery) {
        int cores = Runtime.getRuntime().availableProcessors();
        int slotCount = slots != null ? slots : cores;
        int threadCount = threads != null ? threads : LocalDispatcher.threadsPerFit(slotCount, cores);
        String workerName = name != null ? name : Worker.defaultName();
        Path dir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "evofit-worker-" + workerName);
        return new WorkerOptions(workerName, slotCount, threadCount, dir.toAbsolutePath(), checkpointGenerations,
                checkpointEvery);
    }
}
