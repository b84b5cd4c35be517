package org.evofit.server.limits;

import java.util.List;
import java.util.Objects;

/**
 * The service's limits: request rates per account and address.
 *
 * @param rates the rate limits
 */
public record Limits(RateLimits rates) {

    /** Checks they are there. */
    public Limits {
        Objects.requireNonNull(rates, "rates");
    }

    /** The defaults. */
    public static Limits defaults() {
        return new Limits(RateLimits.defaults());
    }

    /** The defaults changed by {@code --rate-limit} settings, in order. */
    public static Limits of(List<String> rateSettings) {
        RateLimits rates = RateLimits.defaults();
        for (String s : rateSettings) {
            rates = rates.with(s);
        }
        return new Limits(rates);
    }
}
