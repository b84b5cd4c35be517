package org.evofit.server.account;

import java.util.regex.Pattern;

/**
 * What a sign-in name may be: it appears in paths, log lines and the audit log, so only lower-case letters,
 * digits, dot, underscore and hyphen, starting with a letter or digit, at most 32 characters.
 */
public final class AccountNames {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private AccountNames() {
    }

    /** Whether {@code name} is a valid sign-in name. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** {@code name} when it is a valid sign-in name; otherwise an IllegalArgumentException saying what is expected. */
    public static String check(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("user name '" + name + "' is not valid: expected 1 to 32 lower-case "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }
}
