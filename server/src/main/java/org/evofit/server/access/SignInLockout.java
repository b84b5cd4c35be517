package org.evofit.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evofit.server.AuthOptions;
import org.evofit.server.ServiceException;

/**
 * Failed sign-ins per name: after {@link AuthOptions#maxFailures()} in a row the name is locked for
 * {@link AuthOptions#lockout()}, whatever password comes (so a guessing script learns nothing more), and the
 * answer says so and when to try again. A successful sign-in clears the count.
 */
final class SignInLockout {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AuthOptions options;
    private final Clock clock;

    SignInLockout(AuthOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Refuses a locked name: 429 with Retry-After and the time left. */
    void check(String name) {
        Failures f = failures.get(name);
        Instant now = clock.instant();
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            long seconds = Math.max(1, Duration.between(now, f.lockedUntil()).toSeconds());
            throw ServiceException.later("sign-in for " + name + " is locked after " + options.maxFailures()
                    + " failed attempts in a row; try again in " + minutes(seconds) + " (or ask an admin to reset the "
                    + "password)", seconds);
        }
    }

    /** Counts a failure; the one that reaches the limit locks the name. */
    void failed(String name) {
        Instant now = clock.instant();
        failures.compute(name, (n, f) -> {
            int count = (f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) ? 1 : f.count() + 1;
            return new Failures(count, count >= options.maxFailures() ? now.plus(options.lockout()) : null);
        });
    }

    /** Clears the failures of a name that signed in. */
    void succeeded(String name) {
        failures.remove(name);
    }

    private static String minutes(long seconds) {
        long m = (seconds + 59) / 60;
        return m == 1 ? "1 minute" : m + " minutes";
    }
}
