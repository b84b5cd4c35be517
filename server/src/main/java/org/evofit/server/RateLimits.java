package org.evofit.server;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rate limits of the service: for each limited {@link Action}, one {@link Rate} per account ({@code .user}) and
 * one per client address ({@code .address}), keyed as typed in {@code --rate-limit sign-in.address=30/minute}.
 *
 * @param rates every limit by key, all present
 */
public record RateLimits(Map<String, Rate> rates) {

    /** Whose requests a limit counts together. */
    public enum Scope {
        /** One account's (for sign-in: the name typed). */
        USER,
        /** One client address's, whoever signs in from it. */
        ADDRESS;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The defaults (SETUP.md's table): generous for a person at a browser, tight for a script guessing. */
    private static final Map<String, Rate> DEFAULTS = defaults(
            Action.SIGN_IN, "10/minute", "30/minute",
            Action.UPLOAD, "60/minute", "120/minute",
            Action.SUBMISSION, "30/minute", "60/minute",
            Action.PERMALINK, "300/minute", "600/minute");

    /** Checks that every limit is there. */
    public RateLimits {
        rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
        if (!rates.keySet().equals(DEFAULTS.keySet())) {
            throw new IllegalArgumentException("rate limits must name exactly " + DEFAULTS.keySet() + ", got " + rates.keySet());
        }
    }

    /** The default limits. */
    public static RateLimits defaults() {
        return new RateLimits(DEFAULTS);
    }

    /** The key of a limit: {@code sign-in.address}. */
    public static String key(Action action, Scope scope) {
        return action.key() + "." + scope.key();
    }

    /** The limit of {@code action} per {@code scope}. */
    public Rate of(Action action, Scope scope) {
        return rates.get(key(action, scope));
    }

    /** These limits with one changed, as typed: {@code sign-in.address=30/minute}. */
    public RateLimits with(String setting) {
        int eq = setting.indexOf('=');
        String key = eq < 0 ? setting : setting.substring(0, eq).trim();
        if (eq < 0 || !rates.containsKey(key)) {
            throw new IllegalArgumentException("--rate-limit " + setting + ": expected LIMIT=COUNT/UNIT with LIMIT one of "
                    + String.join(", ", rates.keySet()));
        }
        Map<String, Rate> changed = new LinkedHashMap<>(rates);
        try {
            changed.put(key, Rate.parse(setting.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rate-limit " + setting + ": " + e.getMessage(), e);
        }
        return new RateLimits(changed);
    }

    private static Map<String, Rate> defaults(Object... table) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        for (int i = 0; i < table.length; i += 3) {
            Action action = (Action) table[i];
            rates.put(key(action, Scope.USER), Rate.parse((String) table[i + 1]));
            rates.put(key(action, Scope.ADDRESS), Rate.parse((String) table[i + 2]));
        }
        return rates;
    }

    /** The limits as lines of {@code key = rate}, for the help and the log. */
    @Override
    public String toString() {
        return Arrays.stream(rates.keySet().toArray(String[]::new)).map(k -> k + "=" + rates.get(k))
                .collect(Collectors.joining(", "));
    }
}
