package org.evofit.server;

import io.javalin.config.JavalinConfig;

/**
 * One part of the service (projects, runs, results, the git view...): it declares its routes, static
 * files or servlets on the server's configuration before the server starts, and releases what it
 * holds when the server stops.
 */
public interface ServerFeature extends AutoCloseable {

    /** Declares this feature's routes (and anything else it needs) on the configuration. */
    void configure(JavalinConfig config);

    /** Releases what the feature holds (threads, stores); called once when the server stops. */
    @Override
    default void close() {
    }
}
