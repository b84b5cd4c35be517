package org.evofit.dispatch;

import java.time.Instant;
import java.util.SortedMap;

/** The cluster's workers: each records that it is alive every few seconds and forgets itself when it leaves. */
public interface WorkerRegistry {

    /** Records that a worker is alive (and when it started, the first time). */
    void heartbeat(String worker, String host, int slots, Instant started);

    /** Forgets a worker that left (its runs keep its name). */
    void leave(String worker);

    /** Workers by name with their last heartbeat. */
    SortedMap<String, Instant> heartbeats();
}
