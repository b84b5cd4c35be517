package org.evofit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.evofit.dispatch.ScratchDatabase;

/**
 * What {@code bench --dispatch} and {@code bench --serve} leave running or lying about, undone once however the benchmark
 * ends: normally, by an exception, or by SIGTERM or Ctrl-C (as a shutdown hook, since then no
 * {@code finally} runs). Worker processes get SIGTERM (and SIGKILL after a minute), the scratch
 * database is dropped, the work directory deleted.
 */
final class BenchCleanup implements AutoCloseable {

    private final List<Process> workers = new CopyOnWriteArrayList<>();
    private final Path work;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread hook = new Thread(this::cleanUp, "evofit-bench-cleanup");
    private volatile ScratchDatabase scratch;

    /** Cleans up {@code work} (and whatever is added) at {@link #close} or at the JVM's shutdown. */
    private BenchCleanup(Path work) {
        this.work = work;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A new temporary work directory whose name starts with {@code prefix}, cleaned up as the constructor says. */
    static BenchCleanup inTemporaryDirectory(String prefix) {
        try {
            return new BenchCleanup(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The work directory. */
    Path work() {
        return work;
    }

    /** A worker process to stop. */
    Process worker(Process p) {
        workers.add(p);
        return p;
    }

    /** The scratch database to drop. */
    ScratchDatabase scratch(ScratchDatabase db) {
        scratch = db;
        return db;
    }

    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run or is running.
        }
    }

    private void cleanUp() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        workers.forEach(Process::destroy);
        for (Process p : workers) {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        // Dropped after the workers left: it is dropped WITH (FORCE) anyway, but they would log errors.
        if (scratch != null) {
            scratch.close();
        }
        delete(work);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("evofit: bench could not delete " + dir + ": " + e.getMessage());
        }
    }
}
