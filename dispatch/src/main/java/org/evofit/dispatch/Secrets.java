package org.evofit.dispatch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows what a secret looks like in a JDBC URL or in text that may quote one (a
 * driver's error, a stack trace, a log line): a query or property parameter whose name holds
 * {@code password}, {@code passwd}, {@code pwd} or {@code secret} in any case ({@code password=},
 * {@code sslpassword=}, {@code ;Password=}), and the password of a URL's user part
 * ({@code //user:pass@host}). Every message, log line and event that shows a URL or a failure goes
 * through {@link #masked}; a run-store URL holding a secret is refused ({@link #inUrl}).
 */
public final class Secrets {

    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)([\\w.%-]*(?:password|passwd|pwd|secret)[\\w.%-]*\\s*=)([^&;\\s]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s?#]*:)([^@/\\s?#]*)@");

    private Secrets() {
    }

    /** {@code text} with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String out = PARAMETER.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return USER_INFO.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /**
     * Where the URL holds a secret, said without the secret ("the parameter 'sslpassword'", "the
     * user part (user:...@)"), or empty when it holds none.
     */
    public static Optional<String> inUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher user = USER_INFO.matcher(url);
        if (user.find()) {
            return Optional.of("the user part (user:" + MASK + "@)");
        }
        Matcher parameter = PARAMETER.matcher(url);
        if (parameter.find()) {
            String name = parameter.group(1);
            return Optional.of("the parameter '" + name.substring(0, name.length() - 1).strip() + "'");
        }
        return Optional.empty();
    }
}
