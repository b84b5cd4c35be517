package org.evofit.server;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Each request's correlation id: the caller's {@code X-Request-Id} when it is a sensible token,
 * otherwise a new one. It is returned in the response's header, put into the logging context
 * (MDC key {@value #MDC_KEY}) for every log line the request causes, and handed to the runs the
 * request starts, so one id finds a submission from the browser to the worker that fitted it.
 */
public final class RequestIds {

    /** The header that carries the id, in and out. */
    public static final String HEADER = "X-Request-Id";
    /** The logging context's key. */
    public static final String MDC_KEY = "request";

    private static final String ATTRIBUTE = "evofit.request-id";
    // Ids end up in log lines and run records: nothing that could forge a line or carry markup.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The before-handler: fixes the request's id, answers it in the header and logs under it. */
    static void begin(Context ctx) {
        String id = accept(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /**
     * The id of a request that offered {@code offered} (its {@value #HEADER}, or null): that one when it
     * is a sensible token, otherwise a new one. Parts served in front of Javalin (servlet filters) use it.
     */
    public static String accept(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /** The after-handler: the thread goes back to the pool without the request's id. */
    static void end(Context ctx) {
        MDC.remove(MDC_KEY);
    }

    /** The id of the request being handled. */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : "-";
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
