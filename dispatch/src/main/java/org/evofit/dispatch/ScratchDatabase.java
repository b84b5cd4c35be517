package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A throw-away PostgreSQL database with a unique name, created on a server through its
 * {@code postgres} maintenance database and dropped (connections and all) by {@link #close}: what
 * {@code evofit bench --dispatch} runs in when no {@code --db} is given.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DbConfig server;
    private final String name;
    private final DbConfig config;

    private ScratchDatabase(DbConfig server, String name) {
        this.server = server;
        this.name = name;
        this.config = new DbConfig(serverUrl(server.url()) + name, server.user(), server.password());
    }

    /**
     * Creates {@code PREFIX_<random>} on the server of {@code server} (any database URL of that
     * server, with credentials allowed to create databases).
     */
    public static ScratchDatabase create(DbConfig server, String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin(server, "CREATE DATABASE " + name);
        return new ScratchDatabase(server, name);
    }

    /** Where the new database is, with the server's credentials. */
    public DbConfig config() {
        return config;
    }

    @Override
    public void close() {
        admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** {@code jdbc:postgresql://host:port/} of a URL. */
    private static String serverUrl(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static void admin(DbConfig server, String sql) {
        Properties props = new Properties();
        if (server.user() != null) {
            props.setProperty("user", server.user());
        }
        if (server.password() != null) {
            props.setProperty("password", server.password());
        }
        try (Connection c = DriverManager.getConnection(serverUrl(server.url()) + "postgres", props);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(Secrets.masked(serverUrl(server.url()) + ": " + sql + ": " + e.getMessage()), e);
        }
    }
}
