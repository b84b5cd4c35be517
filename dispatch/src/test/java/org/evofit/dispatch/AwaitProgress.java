package org.evofit.dispatch;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting in a test for something slow (a cluster sweep, a worker leaving) without a fixed total: the
 * wait goes on as long as an observable sign of progress keeps changing (log lines, checkpoint
 * generations, run states), and fails only after {@link #STALL} without any change. On a machine
 * loaded twenty-fold a fit takes twenty times as long but still makes progress, so it still passes;
 * a hung cluster still fails, with what was last seen.
 *
 * <p>The stall limit is 120 s, or the system property {@value #STALL_PROPERTY} in seconds.
 */
public final class AwaitProgress {

    /** System property overriding the stall limit, seconds. */
    public static final String STALL_PROPERTY = "evofit.test.stallSeconds";
    /** How long nothing may change before a wait fails. */
    public static final Duration STALL = Duration.ofSeconds(Long.getLong(STALL_PROPERTY, 120));
    private static final Duration POLL = Duration.ofMillis(50);

    private AwaitProgress() {
    }

    /**
     * Polls {@code done} until it holds.
     *
     * @param what        what is awaited, for the failure message
     * @param progress    a snapshot of whatever changes while the awaited thing is on its way; compared by equals
     * @param diagnostics what to print on failure (worker output, say)
     * @throws AssertionError when {@code progress} did not change for {@link #STALL}
     */
    public static void until(String what, BooleanSupplier done, Supplier<?> progress, Supplier<String> diagnostics)
            throws InterruptedException {
        try {
            ProgressWait.until(what, done, progress, STALL, POLL);
        } catch (ProgressWait.Stalled e) {
            throw new AssertionError(e.getMessage() + "\n" + diagnostics.get(), e);
        }
    }

    /**
     * A snapshot of the files under {@code dir} (path, size, modification time) for {@code progress}: what
     * a process writing results and checkpoints there changes as it goes.
     */
    public static Object files(java.nio.file.Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(dir)) {
            return all.map(p -> p + ":" + p.toFile().length() + ":" + p.toFile().lastModified()).sorted().toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return java.util.List.of("unreadable: " + e.getMessage());   // a file went away mid-walk: changed
        }
    }

    /** Waits until the process has ended, while {@code progress} keeps changing. */
    public static void exited(String what, Process process, Supplier<?> progress, Supplier<String> diagnostics)
            throws InterruptedException {
        until(what, () -> !process.isAlive(), progress, diagnostics);
        process.waitFor();
    }
}
