package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a SQLite file in a temporary directory, or a new database
 * on the local PostgreSQL (127.0.0.1:5432, user postgres) that {@link #close} drops again.
 */
public final class TestDatabase implements AutoCloseable {

    /** The PostgreSQL server the tests use. */
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final DbConfig config;
    private final ScratchDatabase postgres;

    private TestDatabase(DbConfig config, ScratchDatabase postgres) {
        this.config = config;
        this.postgres = postgres;
    }

    /** A new SQLite file in {@code dir}. */
    public static TestDatabase sqlite(Path dir) {
        return new TestDatabase(DbConfig.sqlite(dir.resolve("store-" + UUID.randomUUID() + ".db")), null);
    }

    /** A new PostgreSQL database with a unique name. */
    public static TestDatabase postgres() {
        ScratchDatabase db = ScratchDatabase.create(new DbConfig(SERVER + "postgres", "postgres", null), "evofit_test");
        return new TestDatabase(db.config(), db);
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
        return postgres != null;
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
