package org.evofit.looper;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Prints one line per finished run: runs done of the total (resumed ones included), failures, and
 * the time left estimated from this session's pace.
 */
public final class Progress implements Consumer<RunOutcome> {

    private final PrintWriter err;
    private final int total;
    private final int pending;
    private final long startNanos = System.nanoTime();
    private int done;
    private int failed;

    /**
     * @param err     where lines go
     * @param total   runs in the plan
     * @param skipped runs already done before this session
     */
    public Progress(PrintWriter err, int total, int skipped) {
        this.err = err;
        this.total = total;
        this.pending = total - skipped;
        this.done = skipped;
    }

    @Override
    public void accept(RunOutcome outcome) {
        done++;
        if (!outcome.ok()) {
            failed++;
        }
        int ranNow = done - (total - pending);
        double perRun = (System.nanoTime() - startNanos) / 1e9 / ranNow;
        long eta = Math.round(perRun * (total - done));
        err.printf("loop: %d/%d runs done, %d failed, ETA %s%s%n", done, total, failed, clock(eta),
                outcome.ok() ? "" : " (" + outcome.spec().id() + ": " + outcome.message() + ")");
        err.flush();
    }

    private static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
