package org.evofit.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How refusals and failures are answered: a {@link ServiceException} with its status and message
 * (and file location), a request body that is not the JSON object a route reads as 400 (with its line and
 * column), anything else as 500 with the request's id so the log line can be found —
 * never a stack trace to the client. API paths ({@code /api/...}) and clients that ask for JSON get
 * JSON; browsers get a page.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private static final String ANSWERED = "evofit.error-answered";

    private ErrorResponses() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(ServiceException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            answer(ctx, e.status(), e.getMessage(), e.location());
        });
        // A JSON body that does not parse, or is not the object a route reads, is the client's mistake.
        config.routes.exception(JacksonException.class, (e, ctx) -> answer(ctx, 400,
                "the request body is not the JSON object expected: " + e.getOriginalMessage(),
                e.getLocation() == null ? null : new FileLocation("request body", e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "the server failed on this request (id " + RequestIds.of(ctx) + " in its log)", null);
        });
        // Unknown paths; a 404 some handler answered itself (a ServiceException) keeps its own message.
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, "nothing at " + ctx.path(), null);
            }
        });
    }

    static void answer(Context ctx, int status, String message, FileLocation location) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", message);
            if (location != null) {
                body.put("file", location.file());
                if (location.line() > 0) {
                    body.put("line", location.line());
                }
                if (location.column() > 0) {
                    body.put("column", location.column());
                }
            }
            body.put("requestId", RequestIds.of(ctx));
            ctx.json(body);
        } else {
            String where = location != null ? "<p class=\"where\">" + Html.text(location) + "</p>" : "";
            ctx.html(Html.page("Error " + status, "<h1>" + status + "</h1><p class=\"error\">" + Html.text(message)
                    + "</p>" + where + "<p><a href=\"/\">Projects</a></p>"));
        }
    }

    /** API paths, and clients that accept JSON but not HTML. */
    static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            return true;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
