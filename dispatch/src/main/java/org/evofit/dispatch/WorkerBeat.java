package org.evofit.dispatch;

import java.time.Instant;

/**
 * A worker's last heartbeat and the process that wrote it.
 *
 * @param host      the host it runs on
 * @param pid       its process id there, or 0 when a worker of an older evofit wrote it
 * @param heartbeat when
 */
public record WorkerBeat(String host, long pid, Instant heartbeat) {
}
