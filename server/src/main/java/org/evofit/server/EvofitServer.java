package org.evofit.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: Javalin on Jetty, bound to the options' address, serving the features given
 * to it. The routes every page shares are here (correlation ids, error answers, the stylesheet and
 * the WebJars); each {@link ServerFeature} brings its own.
 *
 * <pre>{@code
 * try (EvofitServer server = EvofitServer.start(options, List.of(new SomeFeature(...)))) {
 *     System.out.println(server.url());
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class EvofitServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EvofitServer.class);

    private final Javalin app;
    private final List<ServerFeature> features;
    private final URI url;
    private final Object stopped = new Object();
    private boolean closed;

    private EvofitServer(Javalin app, List<ServerFeature> features, URI url) {
        this.app = app;
        this.features = features;
        this.url = url;
    }

    /**
     * Starts the service with {@code features}; when starting fails (the port is taken), the features
     * are closed and the failure thrown.
     */
    public static EvofitServer start(ServerOptions options, List<? extends ServerFeature> features) {
        List<ServerFeature> owned = new ArrayList<>(features);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(jsonMapper(), false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/evofit/server/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(RequestIds::begin);
            config.routes.after(RequestIds::end);
            ErrorResponses.register(config);
            owned.forEach(feature -> feature.configure(config));
        });
        try {
            app.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            closeAll(owned);
            throw e;
        }
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        URI url = URI.create("http://" + host + ":" + app.port() + "/");
        LOG.info("serving on {}", url);
        return new EvofitServer(app, owned, url);
    }

    /** The JSON mapper of every API answer (records as objects, no failure on empty beans). */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** The address to open in a browser. */
    public URI url() {
        return url;
    }

    /**
     * Every HTTP route the service answers, frame and features alike, as declared (before/after
     * handlers left out): what the API description is checked against.
     */
    public List<Route> routes() {
        // Javalin 7 has no other way to list its routes than its router, which it exposes as "unsafe" state.
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> new Route(endpoint.method.name(), endpoint.path))
                .toList();
    }

    /**
     * One declared route: its HTTP method ({@code GET}) and its path as Javalin writes it
     * ({@code /api/projects/{p}/files/<path>}, where {@code <path>} may span slashes).
     */
    public record Route(String method, String path) {
    }

    /** The port bound (useful when the options asked for port 0). */
    public int port() {
        return app.port();
    }

    /** Blocks until {@link #close()} has run (from a shutdown hook, say). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (!closed) {
                stopped.wait();
            }
        }
    }

    /**
     * Stops taking requests, then closes the features (running fits checkpoint there), once.
     */
    @Override
    public void close() {
        synchronized (stopped) {
            if (closed) {
                return;
            }
            app.stop();
            closeAll(features);
            closed = true;
            stopped.notifyAll();
        }
    }

    private static void closeAll(List<ServerFeature> features) {
        // Reverse order: a feature may use the ones declared before it.
        for (int i = features.size() - 1; i >= 0; i--) {
            ServerFeature feature = features.get(i);
            try {
                feature.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", feature.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
