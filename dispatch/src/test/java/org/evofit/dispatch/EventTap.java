package org.evofit.dispatch;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stream for an {@link EventLog} that keeps the events' lines, lets a test wait for events, and can hold the
 * worker thread that logs the next {@code started} until the test lets it go: what the worker does next is then
 * decided by what the test queued meanwhile, not by timing.
 */
final class EventTap extends PrintStream {

    /**
     * One event as logged.
     *
     * @param at    when
     * @param event its word ({@code started}, {@code finished}, ...)
     * @param sweep its sweep
     */
    record Event(Instant at, String event, String sweep) {
        static Event parse(String line) {
            String[] words = line.split(" ");
            return new Event(Instant.parse(words[0]), words[1], words[2].substring("sweep=".length()));
        }
    }

    private static final Duration WAIT = Duration.ofMinutes(5);

    private final List<Event> events = new ArrayList<>();
    private volatile CountDownLatch held;
    private volatile CountDownLatch gate;

    EventTap() {
        super(OutputStream.nullOutputStream());
    }

    @Override
    public void println(String line) {
        Event e = Event.parse(line);
        synchronized (this) {
            events.add(e);
            notifyAll();
        }
        CountDownLatch h = held;
        if (e.event().equals("started") && h != null && h.getCount() > 0) {
            h.countDown();
            await(gate);
        }
    }

    /** Holds the worker thread that logs the next {@code started} (before its fit) until {@link #release}. */
    void holdNextStart() {
        gate = new CountDownLatch(1);
        held = new CountDownLatch(1);
    }

    /** Waits until a worker thread is held by {@link #holdNextStart}. */
    void awaitHeld() {
        await(held);
    }

    /** Lets the held worker thread go on to its fit. */
    void release() {
        gate.countDown();
    }

    /** Waits until {@code n} events {@code event} are logged; fails after five minutes. */
    synchronized void await(String event, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (of(event).size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + of(event).size() + " of " + n + " '" + event + "' events: " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The events {@code event} logged so far, in order. */
    synchronized List<Event> of(String event) {
        return events.stream().filter(e -> e.event().equals(event)).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("not within " + WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
