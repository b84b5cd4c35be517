package org.evofit.server.run;

import io.javalin.http.sse.SseClient;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live progress as server-sent events ({@code GET /api/runs/ID/events}): a {@code progress} event with the
 * generation, best figure of merit, evaluations per second, ETA, runs done and the convergence points,
 * sent when the state changes (at most four times a second), and one {@code done} event with the final
 * status, after which the stream ends.
 */
final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private Progress() {
    }

    /** Serves one browser: the state now, then changes until the submission ends. */
    static void listen(SseClient client, Submission s, Live live) {
        if (live == null || s.status().ended()) {
            Map<String, Object> state = live != null ? live.snapshot() : stored(s);
            client.sendEvent("progress", state);
            client.sendEvent("done", Map.of("id", s.id(), "status", s.status().label()));
            client.close();
            return;
        }
        client.keepAlive();
        client.onClose(() -> live.clients.remove(client));
        client.sendEvent("progress", live.snapshot());
        live.clients.add(client);
        if (client.terminated()) {
            live.clients.remove(client);
        }
    }

    /** {@link #push} for each of them; a browser that went away stops no other's events. */
    static void pushAll(Collection<Live> lives) {
        for (Live l : lives) {
            try {
                push(l);
            } catch (RuntimeException e) {
                LOG.debug("progress of {} not sent: {}", l.id, e.toString());
            }
        }
    }

    /** Sends the live state's change, if any, to its browsers; ends their streams when it has ended. */
    static void push(Live live) {
        // A browser that left before listen added it to the list was closed before its onClose could remove it:
        // sending to it would only make Javalin warn, at every push, for as long as the run goes on.
        live.clients.removeIf(SseClient::terminated);
        if (live.clients.isEmpty()) {
            return;
        }
        Map<String, Object> changed = live.changed();
        if (changed != null) {
            live.clients.forEach(c -> c.sendEvent("progress", changed));
        }
        if (live.status().ended()) {
            Map<String, Object> done = Map.of("id", live.id, "status", live.status().label());
            for (SseClient c : live.clients) {
                c.sendEvent("done", done);
                c.close();
            }
            live.clients.clear();
        }
    }

    /** The state of a submission this process has not run: its status only. */
    static Map<String, Object> stored(Submission s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", s.id());
        e.put("status", s.status().label());
        return e;
    }
}
