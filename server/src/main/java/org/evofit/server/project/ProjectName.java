package org.evofit.server.project;

import java.util.regex.Pattern;
import org.evofit.server.ServiceException;

/**
 * The rule for project names and ids. A name is what its creator types: lower-case letters, digits, '.', '_' and
 * '-', starting with a letter or digit, at most 64 characters. Names are per owner, so a project's id, which names
 * it in paths, URLs and git clone URLs, is {@code OWNER~NAME} for a project a signed-in account created: '~' is in
 * neither a name nor an account name, so an id is never ambiguous, and no one learns from a refused name that
 * another account uses it. A project made without an account (the single user of a service without sign-in, or
 * one made before names were per owner) keeps its plain name as its id.
 */
public final class ProjectName {

    /** Between the owner and the name in an id. */
    public static final char OWNER_SEPARATOR = '~';

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern OWNER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private ProjectName() {
    }

    /** Whether {@code name} follows the rule for names. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(".git");
    }

    /** Whether {@code id} is a valid name or a valid owner, '~' and a valid name. */
    public static boolean isValidId(String id) {
        if (id == null) {
            return false;
        }
        int separator = id.indexOf(OWNER_SEPARATOR);
        return separator < 0 ? isValid(id)
                : OWNER.matcher(id.substring(0, separator)).matches() && isValid(id.substring(separator + 1));
    }

    /** The id of project {@code name} made by account {@code owner} (null: made without an account). */
    public static String id(String owner, String name) {
        return owner == null ? check(name) : owner + OWNER_SEPARATOR + check(name);
    }

    /** {@code id} when it is one ({@link #isValidId}); otherwise an IllegalArgumentException naming it. */
    public static String checkId(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a project id (OWNER~NAME or NAME)");
        }
        return id;
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
