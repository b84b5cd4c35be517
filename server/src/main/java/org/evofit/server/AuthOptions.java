package org.evofit.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether signing in is required and how failed sign-ins lock an account.
 *
 * @param mode        {@link Mode#REQUIRED}: nothing but the sign-in page without an account; {@link Mode#OPTIONAL}:
 *                    the single-user loopback workflow, where signing in is possible but not needed
 * @param maxFailures failed sign-ins in a row after which the name is locked
 * @param lockout     how long a locked name stays locked
 * @param oidc        sign-in with an OpenID Connect issuer besides local accounts, or null for local accounts only
 */
public record AuthOptions(Mode mode, int maxFailures, Duration lockout, OidcOptions oidc) {

    /** Default failures before a lock-out. */
    public static final int DEFAULT_MAX_FAILURES = 5;
    /** Default length of a lock-out. */
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);

    /** Whether signing in is required. */
    public enum Mode {
        /** Every page, API call and git URL needs a signed-in account. */
        REQUIRED,
        /** Accounts may sign in; without one the service is the single user's on the loopback address. */
        OPTIONAL;

        /** The mode as typed ({@code required}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the values; a wrong one is an IllegalArgumentException naming the option. */
    public AuthOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lockout, "lockout");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("--sign-in-failures must be at least 1, got " + maxFailures);
        }
        if (lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("--lockout-minutes must be positive, got " + lockout.toMinutes());
        }
    }

    /** Local accounts only. */
    public AuthOptions(Mode mode, int maxFailures, Duration lockout) {
        this(mode, maxFailures, lockout, null);
    }

    /** These options with sign-in through {@code with} as well. */
    public AuthOptions withOidc(OidcOptions with) {
        return new AuthOptions(mode, maxFailures, lockout, with);
    }

    /** Optional sign-in, 5 failures, 15 minutes. */
    public static AuthOptions defaults() {
        return new AuthOptions(Mode.OPTIONAL, DEFAULT_MAX_FAILURES, DEFAULT_LOCKOUT);
    }

    /**
     * Refuses optional sign-in on an address other hosts can reach: there anyone on the network could use the
     * service, so it must require accounts.
     */
    void checkBind(String bind) {
        if (mode == Mode.OPTIONAL && !loopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + " can be reached from other hosts, so it needs "
                    + "--auth required (and accounts: evofit users add NAME --role admin); --auth optional is only "
                    + "for the loopback address");
        }
    }

    private static boolean loopback(String bind) {
        try {
            for (InetAddress address : InetAddress.getAllByName(bind)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + " is not an address of this host (" + e.getMessage() + ")", e);
        }
    }
}
