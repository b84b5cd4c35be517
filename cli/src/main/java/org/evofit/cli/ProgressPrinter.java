package org.evofit.cli;

import java.io.PrintWriter;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.de.GenerationReport;

/**
 * Shows a fit's progress on stderr: one live line, rewritten in place, on a terminal; a plain line
 * every few seconds otherwise (logs, pipes, CI).
 */
final class ProgressPrinter implements GenerationListener {

    private static final long LIVE_INTERVAL_NANOS = 200_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private long lastPrint;
    private int lastWidth;

    ProgressPrinter(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
        this.lastPrint = System.nanoTime();
    }

    /** A printer for the current process: live when a terminal is attached. */
    static GenerationListener forConsole(PrintWriter err, boolean quiet) {
        return quiet ? GenerationListener.NONE : new ProgressPrinter(err, System.console() != null);
    }

    @Override
    public void generationDone(GenerationReport r) {
        long now = System.nanoTime();
        boolean last = r.generation() >= r.maxGenerations();
        if (!last && now - lastPrint < (live ? LIVE_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            return;
        }
        lastPrint = now;
        String line = Format.progress(r);
        if (live) {
            String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
            err.print("\r" + padded);
            lastWidth = line.length();
            if (last) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends a live line early (the fit stopped before its last generation). */
    void finish() {
        if (live && lastWidth > 0) {
            err.println();
            err.flush();
        }
    }
}
