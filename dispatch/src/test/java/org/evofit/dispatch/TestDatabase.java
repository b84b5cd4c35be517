package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a SQLite file in a temporary directory, or a new database
 * on the tests' PostgreSQL server ({@link TestPostgres}: the machine's service or an embedded one)
 * that {@link #close} drops again.
 */
public final class TestDatabase implements AutoCloseable {

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
        ScratchDatabase db = ScratchDatabase.create(new DbConfig(TestPostgres.server() + "postgres", TestPostgres.USER, null),
                "evofit_test");
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
