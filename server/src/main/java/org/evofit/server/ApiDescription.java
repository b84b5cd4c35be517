package org.evofit.server;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the REST API. It is kept by hand next
 * to the routes (no annotation framework), and a test holds it to the routes the service really
 * declares, both ways, so neither can change without the other.
 */
public final class ApiDescription implements ServerFeature {

    /** The route of the description. */
    public static final String PATH = "/api/openapi.json";
    /** The class-path resource holding it. */
    public static final String RESOURCE = "/org/evofit/server/openapi.json";

    private final byte[] document;

    /** Reads the description once, at start-up: a service without it fails to start, not on a request. */
    public ApiDescription() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
    }
}
