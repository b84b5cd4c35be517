package org.evofit.dispatch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * One line per event of a run's life (submitted, started, recovered, resumed, checkpoint, finished,
 * failed, requeued, ...): the ISO-8601 instant it happened, the event, then {@code sweep=},
 * {@code run=} and {@code worker=}, the correlation that follows a run from submission to result,
 * and an optional detail. Written to stderr and, when given, appended to a file.
 */
public final class EventLog implements AutoCloseable {

    /** A log that writes nowhere. */
    public static final EventLog NONE = new EventLog(null, null, Clock.systemUTC());

    private final PrintStream err;
    private final Writer file;
    private final Clock clock;

    private EventLog(PrintStream err, Writer file, Clock clock) {
        this.err = err;
        this.file = file;
        this.clock = clock;
    }

    /**
     * A log to {@code err} (or nowhere when {@code null}) and, when {@code file} is not null, appended to it.
     */
    public static EventLog to(PrintStream err, Path file) {
        try {
            Writer w = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return new EventLog(err, w, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the log file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The line of an event. */
    public static String line(Instant at, String event, String sweep, String run, String worker, String detail) {
        StringBuilder sb = new StringBuilder().append(at).append(' ').append(event)
                .append(" sweep=").append(sweep == null ? "-" : sweep)
                .append(" run=").append(run == null ? "-" : run)
                .append(" worker=").append(worker == null ? "-" : worker);
        if (detail != null && !detail.isEmpty()) {
            // A failure's detail may quote a URL or a driver's message.
            sb.append(' ').append(Secrets.masked(detail).replace('\n', ' '));
        }
        return sb.toString();
    }

    /** Logs an event that happened now. */
    public void event(String event, String sweep, String run, String worker, String detail) {
        event(clock.instant(), event, sweep, run, worker, detail);
    }

    /** Logs an event that happened at {@code at}. */
    public synchronized void event(Instant at, String event, String sweep, String run, String worker, String detail) {
        String line = line(at, event, sweep, run, worker, detail);
        if (err != null) {
            err.println(line);
            err.flush();
        }
        if (file != null) {
            try {
                file.write(line);
                file.write('\n');
                file.flush();
            } catch (IOException e) {
                // The log must never stop a fit; stderr still has the line.
            }
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // Nothing left to do with a log that cannot be closed.
            }
        }
    }
}
