package org.evofit.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of request that are rate-limited or audited, found from the request's method and path alone, so the
 * limits and the audit log need no hook inside the routes that serve them.
 */
public enum Action {
    /** Signing in: the form's POST, and any step of an external sign-in under {@code /sign-in/}. */
    SIGN_IN(true, true),
    /** Files uploaded into a project (a form or API upload, or the start of a resumable one). */
    UPLOAD(true, true),
    /** A fit or a sweep started. */
    SUBMISSION(true, true),
    /** A run's or a sweep's permalink (page or status): what guessing ids would hammer. */
    PERMALINK(true, false),
    /** A project's sharing changed. */
    SHARE(false, true),
    /** Something removed: a token revoked, an upload abandoned. */
    DELETION(false, true),
    /** An admin's change of an account (model scripts, disabled, role). */
    ACCOUNT_CHANGE(false, true),
    /** A project given to another account by an admin. */
    TRANSFER(false, true);

    private static final Pattern SIGN_IN_STEP = Pattern.compile("/sign-in/.+");
    private static final Pattern UPLOADS = Pattern.compile("(/api)?/projects/[^/]+/files|/api/projects/[^/]+/uploads");
    private static final Pattern RUNS = Pattern.compile("(/api)?/projects/[^/]+/runs");
    private static final Pattern PERMALINKS = Pattern.compile("(/api)?/(runs|sweeps)/[^/]+(/runs/[^/]+)?");
    private static final Pattern SHARING = Pattern.compile("(/api)?/projects/[^/]+/sharing");
    private static final Pattern ACCOUNTS = Pattern.compile("(/api)?/admin/accounts/[^/]+");
    private static final Pattern OWNER = Pattern.compile("(/api)?/projects/[^/]+/owner");
    private static final Pattern REVOKE = Pattern.compile("/account/tokens/[^/]+/revoke");

    private final boolean limited;
    private final boolean audited;

    Action(boolean limited, boolean audited) {
        this.limited = limited;
        this.audited = audited;
    }

    /** Whether requests of this kind are counted against a rate limit. */
    public boolean limited() {
        return limited;
    }

    /** Whether requests of this kind go into the audit log. */
    public boolean audited() {
        return audited;
    }

    /** The action's name in options, messages and the audit log ({@code sign-in}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What a request of {@code method} ({@code POST}) on {@code path} does, if it is one of these. */
    public static Optional<Action> of(String method, String path) {
        boolean post = "POST".equals(method);
        if (post && "/sign-in".equals(path) || SIGN_IN_STEP.matcher(path).matches()) {
            return Optional.of(SIGN_IN);
        }
        if (post && UPLOADS.matcher(path).matches()) {
            return Optional.of(UPLOAD);
        }
        if (post && RUNS.matcher(path).matches()) {
            return Optional.of(SUBMISSION);
        }
        if ("GET".equals(method) && PERMALINKS.matcher(path).matches()) {
            return Optional.of(PERMALINK);
        }
        if (post && SHARING.matcher(path).matches()) {
            return Optional.of(SHARE);
        }
        if (post && ACCOUNTS.matcher(path).matches()) {
            return Optional.of(ACCOUNT_CHANGE);
        }
        if (post && OWNER.matcher(path).matches()) {
            return Optional.of(TRANSFER);
        }
        if ("DELETE".equals(method) || post && REVOKE.matcher(path).matches()) {
            return Optional.of(DELETION);
        }
        return Optional.empty();
    }
}
