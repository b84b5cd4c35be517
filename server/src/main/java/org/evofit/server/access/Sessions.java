package org.evofit.server.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions, in memory: a restarted service asks everyone to sign in again, which is the safe side. Ids
 * and CSRF tokens come only from here (never from a client), so a session id planted in a browser before sign-in
 * is never one that signs in.
 */
public final class Sessions {

    /** A session unused this long has ended. */
    public static final Duration IDLE = Duration.ofHours(8);

    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Sessions timed by {@code clock}. */
    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session of {@code user}, with a new id and CSRF token. */
    public Session open(String user) {
        Session session = new Session(randomToken(), user, randomToken(), clock.instant());
        open.put(session.id(), session);
        return session;
    }

    /** The live session with this id (and marks it used), or empty for an unknown, ended or idle one. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = open.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(IDLE).isBefore(clock.instant())) {
            open.remove(id);
            return Optional.empty();
        }
        Session seen = session.seen(clock.instant());
        open.put(id, seen);
        return Optional.of(seen);
    }

    /** Ends the session with this id (sign-out, or sign-in replacing it). */
    public void close(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
