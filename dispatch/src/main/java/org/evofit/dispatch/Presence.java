package org.evofit.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A worker's entry in the {@link WorkerRegistry}: a name no live worker holds, a heartbeat every 2 s
 * (what {@code evofit status} shows), and leaving.
 */
final class Presence {

    /** A worker whose heartbeat (every 2 s) is younger than this is taken to be running. */
    static final Duration ALIVE = Duration.ofSeconds(6);

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
                // A missed heartbeat is only a stale line in status; Quartz has its own check-in.
            }
        }, 2, 2, TimeUnit.SECONDS);
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

    /**
     * Whether the run is running under another worker that is alive (its heartbeat is fresh): Quartz
     * fires a run's job again when it takes the run's worker for dead, which a worker that lost its
     * connections for a few seconds is not; claiming the run then would throw away its work since
     * the last checkpoint.
     */
    static boolean heldByAnotherLiveWorker(WorkerRegistry workers, RunRow row, String me) {
        if (row.status() != RunStatus.RUNNING || row.worker() == null || row.worker().equals(me)) {
            return false;
        }
        Instant last = workers.heartbeats().get(row.worker());
        return last != null && Duration.between(last, Instant.now()).compareTo(ALIVE) < 0;
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
