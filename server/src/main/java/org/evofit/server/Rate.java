package org.evofit.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A rate: at most {@code count} requests per {@code period}, refilled evenly (so after a burst of {@code count} the
 * next one is allowed after {@code period / count}).
 *
 * @param count  requests allowed per period (at least 1)
 * @param period the period
 */
public record Rate(long count, Duration period) {

    private static final Map<String, Duration> UNITS = Map.of("second", Duration.ofSeconds(1),
            "minute", Duration.ofMinutes(1), "hour", Duration.ofHours(1), "day", Duration.ofDays(1));

    /** Checks the values. */
    public Rate {
        if (count < 1) {
            throw new IllegalArgumentException("a rate allows at least 1 request, got " + count);
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate's period must be positive, got " + period);
        }
    }

    /** A rate as typed: {@code 30/minute} (units: second, minute, hour, day). */
    public static Rate parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/", -1);
        Duration unit = parts.length == 2 ? UNITS.get(parts[1].trim()) : null;
        if (unit == null || !parts[0].trim().matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a rate; expected COUNT/UNIT, e.g. 30/minute "
                    + "(units: second, minute, hour, day)");
        }
        return new Rate(Long.parseLong(parts[0].trim()), unit);
    }

    /** The rate as written in options and messages ({@code 30/minute}). */
    @Override
    public String toString() {
        for (Map.Entry<String, Duration> e : UNITS.entrySet()) {
            if (e.getValue().equals(period)) {
                return count + "/" + e.getKey();
            }
        }
        return count + "/" + period.toSeconds() + "s";
    }
}
