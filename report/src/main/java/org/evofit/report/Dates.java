package org.evofit.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as reports print them: UTC to the second, {@code 2026-11-26 14:03:12 UTC}. */
final class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String format(Instant t) {
        return UTC.format(t);
    }

    /** An ISO-8601 instant from result.json; text that is not one is shown as it is. */
    static String format(String iso) {
        try {
            return format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso.isEmpty() ? "—" : iso;
        }
    }
}
