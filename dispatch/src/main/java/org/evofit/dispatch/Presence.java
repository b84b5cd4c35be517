package org.evofit.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A worker's entry in the {@link WorkerRegistry}: a name no live worker holds, a heartbeat every second
 * (what {@code evofit status} shows, and what tells the slots of the cluster whether a run's worker is alive:
 * {@link RunClaims} takes over the runs of one whose heartbeat is older than {@link #ALIVE}), and leaving.
 */
final class Presence {

    /** A worker whose heartbeat is younger than this is taken to be running; older, its runs are claimed again. */
    static final Duration ALIVE = Duration.ofSeconds(6);

    /**
     * How often a worker's heartbeat is written: six to the {@link #ALIVE} window, so that a few slow or failed
     * ones (a loaded host reconnecting after the database dropped its connections) do not pass a live worker's
     * runs to another.
     */
    static final Duration BEAT = Duration.ofSeconds(1);

    private Presence() {
    }

    /**
     * Registers the worker and keeps its heartbeat going on {@code timer}.
     *
     * @throws IllegalArgumentException when a live worker has the name
     */
    static void join(WorkerRegistry registry, WorkerOptions options, String host, Instant started,
                     ScheduledExecutorService timer) {
        Optional<WorkerBeat> last = registry.last(options.name());
        if (last.isPresent() && Duration.between(last.get().heartbeat(), Instant.now()).compareTo(ALIVE) < 0
                && !deadPredecessor(last.get(), host)) {
            throw new IllegalArgumentException("a worker named " + options.name() + " is running on " + last.get().host()
                    + " (heartbeat " + Duration.between(last.get().heartbeat(), Instant.now()).toMillis()
                    + " ms ago): give each worker its own --name");
        }
        long pid = ProcessHandle.current().pid();
        registry.heartbeat(options.name(), host, pid, options.slots(), started);
        timer.scheduleWithFixedDelay(() -> {
            try {
                registry.heartbeat(options.name(), host, pid, options.slots(), started);
            } catch (RuntimeException e) {
                // Missing them for ALIVE, the worker is taken for dead and its runs are claimed again.
            }
        }, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Whether the fresh heartbeat is a crashed predecessor's on this host (a supervisor restarting the
     * worker after a SIGKILL): its process is gone. On another host the process cannot be looked at,
     * and the heartbeat is taken at its word.
     */
    private static boolean deadPredecessor(WorkerBeat last, String host) {
        return last.host().equals(host) && last.pid() > 0 && last.pid() != ProcessHandle.current().pid()
                && ProcessHandle.of(last.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    /** Forgets the worker (the registry only: its runs keep its name). */
    static void leave(WorkerRegistry registry, String name) {
        try {
            registry.leave(name);
        } catch (RuntimeException e) {
            // Its heartbeat simply ages; the name is free again six seconds later.
        }
    }
}
