package org.evofit.server.access;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.Html;
import org.evofit.server.ServiceException;

/**
 * CSRF protection of a signed-in browser: every state-changing request of a session must carry the session's
 * token, or it is refused (403, saying so). The pages need not know: every HTML answer to a session gets the
 * token put into its POST forms on the way out (a hidden field; for a multipart form, which the service streams
 * to disk before any field could be read, in the form's address) and into a {@code csrf-token} meta element,
 * from which the pages' scripts send it as {@value #HEADER}. One place does it, so no form can be without it.
 */
final class Csrf {

    /** The form field and query parameter. */
    static final String FIELD = "csrf";
    /** The header scripts send it in. */
    static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern POST_FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private Csrf() {
    }

    /** The before-handler: refuses a state-changing request of a session that lacks the session's token. */
    static void check(Context ctx) {
        Session session = Access.session(ctx).orElse(null);
        if (session == null || SAFE.contains(ctx.method().name()) || SignInFeature.SIGN_IN.equals(ctx.path())) {
            return;
        }
        String offered = ctx.header(HEADER);
        if (offered == null) {
            offered = ctx.queryParam(FIELD);
        }
        String type = ctx.contentType();
        if (offered == null && type != null && type.startsWith("application/x-www-form-urlencoded")) {
            offered = ctx.formParam(FIELD);
        }
        if (offered == null || !MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8),
                session.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new ServiceException(403, (offered == null ? "the request carries no CSRF token" : "the request's "
                    + "CSRF token is not its session's") + ": a signed-in browser's changes must come from this "
                    + "service's own pages (reload the page and send the form again)");
        }
    }

    /** The after-handler: the session's token into every POST form and the head of an HTML answer. */
    static void addToPage(Context ctx) {
        Session session = Access.session(ctx).orElse(null);
        String type = ctx.res().getContentType();
        if (session == null || type == null || !type.startsWith("text/html")) {
            return;
        }
        String html = ctx.result();
        if (html != null) {
            ctx.result(withToken(html, session.csrf()));
        }
    }

    static String withToken(String html, String token) {
        String value = Html.text(token);
        Matcher forms = POST_FORM.matcher(html.replace("<head>", "<head>\n<meta name=\"csrf-token\" content=\"" + value + "\">"));
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (forms.find()) {
            String attributes = forms.group(1);
            String replacement;
            if (!attributes.toLowerCase(java.util.Locale.ROOT).contains("method=\"post\"")) {
                replacement = forms.group();
            } else if (attributes.contains("multipart/form-data")) {
                replacement = "<form" + ACTION.matcher(attributes).replaceFirst(m -> Matcher.quoteReplacement(
                        "action=\"" + m.group(1) + (m.group(1).contains("?") ? "&amp;" : "?") + FIELD + "=" + value + "\"")) + ">";
            } else {
                replacement = forms.group() + "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + value + "\">";
            }
            forms.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        forms.appendTail(out);
        return out.toString();
    }
}
