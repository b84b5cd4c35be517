package org.evofit.server.limits;

import org.evofit.server.Action;
import org.evofit.server.Rate;
import org.evofit.server.RateLimits;
import org.evofit.server.Limits;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evofit.server.ServiceException;

/**
 * Counts requests against the {@link RateLimits}: one token bucket per limit and account, and per limit and client
 * address. A request over either limit is refused with 429, naming the limit and the seconds until one more is
 * allowed (the Retry-After). Time is the given clock's, so a test moves it instead of waiting.
 */
public final class RateLimiter {

    // Buckets of idle accounts and addresses are full; past this many buckets the full ones are dropped, so a
    // stream of new addresses cannot fill the memory.
    private static final int PRUNE_ABOVE = 20_000;

    private final RateLimits limits;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Limits as {@code limits} say, timed by {@code clock}. */
    public RateLimiter(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Counts one {@code action} by {@code user} (null when the request acts for no account) from {@code address}.
     *
     * @throws ServiceException 429 naming the limit reached and when to try again
     */
    public void take(Action action, String user, String address) {
        // The address first: a refused address does not use up the account's allowance, nor the other way round
        // for the account's own refusal (its bucket is only reached once the address passed).
        take(action, RateLimits.Scope.ADDRESS, address, "from address " + address);
        if (user != null && !user.isEmpty()) {
            take(action, RateLimits.Scope.USER, user, (action == Action.SIGN_IN ? "for the name " : "by ") + user);
        }
    }

    private void take(Action action, RateLimits.Scope scope, String who, String whose) {
        Rate rate = limits.of(action, scope);
        String key = RateLimits.key(action, scope) + "\n" + who;
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limits.rates().get(
                    e.getKey().substring(0, e.getKey().indexOf('\n'))).count());
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(rate.count()).refillGreedy(rate.count(), rate.period()))
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw ServiceException.later("too many " + plural(action) + " " + whose + ": the limit " + RateLimits.key(action, scope)
                    + " allows " + rate + "; try again in " + seconds + (seconds == 1 ? " second" : " seconds"), seconds);
        }
    }

    private static String plural(Action action) {
        return switch (action) {
            case SIGN_IN -> "sign-in attempts";
            case UPLOAD -> "uploads";
            case SUBMISSION -> "fit submissions";
            case PERMALINK -> "permalink requests";
            default -> action.key() + " requests";
        };
    }
}
