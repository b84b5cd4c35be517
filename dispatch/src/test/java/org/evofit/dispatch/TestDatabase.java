package org.evofit.dispatch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a SQLite file in a temporary directory, or a new database
 * on the local PostgreSQL (127.0.0.1:5432, user postgres) that {@link #close} drops again.
 */
public final class TestDatabase implements AutoCloseable {

    /** The PostgreSQL server the tests use. */
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final DbConfig config;
    private final String postgresName;

    private TestDatabase(DbConfig config, String postgresName) {
        this.config = config;
        this.postgresName = postgresName;
    }

    /** A new SQLite file in {@code dir}. */
    public static TestDatabase sqlite(Path dir) {
        return new TestDatabase(DbConfig.sqlite(dir.resolve("store-" + UUID.randomUUID() + ".db")), null);
    }

    /** A new PostgreSQL database with a unique name. */
    public static TestDatabase postgres() {
        String name = "evofit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        return new TestDatabase(new DbConfig(SERVER + name, "postgres", null), name);
    }

    /** One of the two kinds by name ("sqlite" or "postgres"). */
    public static TestDatabase of(String kind, Path dir) {
        return kind.equals("postgres") ? postgres() : sqlite(dir);
    }

    /** Where it is. */
    public DbConfig config() {
        return config;
    }

    /** Whether this is PostgreSQL. */
    public boolean isPostgres() {
        return postgresName != null;
    }

    @Override
    public void close() {
        if (postgresName != null) {
            admin("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432: " + e.getMessage(), e);
        }
    }
}
