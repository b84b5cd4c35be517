package org.evofit.wrapper.pickle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Python's {@code datetime.date} and {@code datetime.datetime} as a pickle holds them: a call of the class
 * on its packed bytes (year in two bytes, then month, day, hour, minute, second and three bytes of
 * microseconds). They are read as their ISO 8601 text ({@code 2024-03-01T09:30}), as ORSO headers write
 * dates; one with a time zone (a second argument) is refused, as the zone is an object of its own.
 */
final class PyDates {

    static final String DATE = "datetime.date";
    static final String DATETIME = "datetime.datetime";
    static final Set<String> NAMES = Set.of(DATE, DATETIME);

    private PyDates() {
    }

    /** The date's ISO text; {@code name} is one of {@link #NAMES}. */
    static String iso(String name, PyTuple args) {
        int length = name.equals(DATE) ? 4 : 10;
        if (args.size() != 1 || !(args.get(0) instanceof byte[] b) || b.length != length) {
            throw new PickleException("expected " + name + " of its " + length + " packed bytes alone (no time zone)"
                    + " but found " + args.size() + " argument(s)", name);
        }
        int year = (b[0] & 0xff) << 8 | b[1] & 0xff;
        try {
            if (length == 4) {
                return LocalDate.of(year, b[2], b[3]).toString();
            }
            int micro = (b[7] & 0xff) << 16 | (b[8] & 0xff) << 8 | b[9] & 0xff;
            return LocalDateTime.of(year, b[2], b[3], b[4], b[5], b[6], micro * 1000).toString();
        } catch (java.time.DateTimeException e) {
            throw new PickleException("expected a valid " + name + " but found " + e.getMessage(), name);
        }
    }
}
