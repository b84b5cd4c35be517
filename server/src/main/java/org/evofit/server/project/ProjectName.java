package org.evofit.server.project;

import java.util.regex.Pattern;
import org.evofit.server.ServiceException;

/**
 * The rule for project names: lower-case letters, digits, '.', '_' and '-', starting with a letter or
 * digit, at most 64 characters. Names become directory names and URL segments, so nothing else passes.
 */
public final class ProjectName {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private ProjectName() {
    }

    /** Whether {@code name} follows the rule. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(".git");
    }

    /**
     * {@code name} when it follows the rule.
     *
     * @throws ServiceException 400 saying what a name may hold
     */
    public static String check(String name) {
        if (!isValid(name)) {
            throw ServiceException.badInput("project name '" + (name == null ? "" : name) + "' is not allowed: expected "
                    + "1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit "
                    + "(and not ending in .git)", null);
        }
        return name;
    }
}
