package org.evofit.server;

import java.util.List;
import java.util.Objects;

/**
 * The service's limits: request rates per account and address, and quotas per role.
 *
 * @param rates  the rate limits
 * @param quotas the quotas
 */
public record Limits(RateLimits rates, Quotas quotas) {

    /** Checks both are there. */
    public Limits {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(quotas, "quotas");
    }

    /** The defaults of both. */
    public static Limits defaults() {
        return new Limits(RateLimits.defaults(), Quotas.defaults());
    }

    /** The defaults changed by {@code --rate-limit} and {@code --quota} settings, in order. */
    public static Limits of(List<String> rateSettings, List<String> quotaSettings) {
        RateLimits rates = RateLimits.defaults();
        for (String s : rateSettings) {
            rates = rates.with(s);
        }
        Quotas quotas = Quotas.defaults();
        for (String s : quotaSettings) {
            quotas = quotas.with(s);
        }
        return new Limits(rates, quotas);
    }
}
