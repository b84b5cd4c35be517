package org.evofit.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;

/** The cluster's workers: each records that it is alive every few seconds and forgets itself when it leaves. */
public interface WorkerRegistry {

    /** Records that a worker (process {@code pid} on {@code host}) is alive, and when it started. */
    void heartbeat(String worker, String host, long pid, int slots, Instant started);

    /** Forgets a worker that left (its runs keep its name). */
    void leave(String worker);

    /** Workers by name with their last heartbeat. */
    SortedMap<String, Instant> heartbeats();

    /** The worker's last heartbeat with its host and process, if it is registered. */
    Optional<WorkerBeat> last(String worker);
}
