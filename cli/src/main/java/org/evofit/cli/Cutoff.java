package org.evofit.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment {@code --finished-before} names: a date (midnight UTC starting it), an instant, or a
 * duration back from now ({@code 30d}, {@code 12h}, {@code 2w}, {@code 90m} or ISO-8601 {@code P30D}).
 */
final class Cutoff {

    private static final Pattern SHORT = Pattern.compile("(\\d+)([wdhm])");

    private Cutoff() {
    }

    /**
     * Parses {@code text}, with durations counted back from {@code now}.
     *
     * @throws BadInputException naming the option and the accepted forms
     */
    static Instant parse(String text, Instant now) {
        String t = text.strip();
        Matcher m = SHORT.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
            return now.minus(d);
        }
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return now.minus(Duration.parse(t));
            }
            if (t.contains("T")) {
                return Instant.parse(t);
            }
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new BadInputException("--finished-before: '" + text + "' is neither a date (2026-01-31), an instant "
                    + "(2026-01-31T12:00:00Z) nor a duration back from now (30d, 12h, 2w, 90m, P30D)");
        }
    }
}
