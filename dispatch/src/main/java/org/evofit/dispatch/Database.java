package org.evofit.dispatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open run-store database: a connection pool, migrated to the current schema on opening. SQLite
 * gets one connection (it has one writer anyway, and a second connection only adds busy errors);
 * PostgreSQL gets as many as asked.
 */
public final class Database implements AutoCloseable {

    private final DbConfig config;
    private final HikariDataSource pool;

    private Database(DbConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * Opens the database and applies any migration it lacks (a new SQLite file is created).
     *
     * @param connections pool size for PostgreSQL
     */
    public static Database open(DbConfig config, int connections) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setPoolName("evofit-store");
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        if (config.isPostgres()) {
            hikari.setMaximumPoolSize(Math.max(2, connections));
            hikari.setMinimumIdle(1);
        } else {
            hikari.setMaximumPoolSize(1);
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("busy_timeout", "30000");
            hikari.addDataSourceProperty("foreign_keys", "true");
        }
        hikari.setConnectionTimeout(30_000);
        // Idle connections are tested every 30 s (and, by the pool, before each use after half a second
        // idle), so connections the server dropped are replaced before work needs them.
        hikari.setKeepaliveTime(30_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the run store " + config + ": " + rootMessage(e), e);
        }
        try {
            migrate(pool, config.isPostgres());
            return new Database(config, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the run store " + config + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(DataSource pool, boolean postgres) {
        var flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:org/evofit/dispatch/db")
                .placeholders(Map.of("blob", postgres ? "BYTEA" : "BLOB"))
                .table("evofit_schema_history")
                .loggers("slf4j");
        if (postgres) {
            flyway.javaMigrations(new V2__Quartz_tables());
        }
        flyway.load().migrate();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        // A driver's message may quote the URL it was given.
        return Secrets.masked(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** The pool. */
    public DataSource dataSource() {
        return pool;
    }

    /** The run store in this database. */
    public RunStore store() {
        return new JdbcRunStore(pool);
    }

    /**
     * The run store in this database, checked to hold {@code sweep}.
     *
     * @throws NoSuchSweepException when it does not
     */
    public RunStore storeWithSweep(String sweep) {
        RunStore store = store();
        if (!store.queue().hasSweep(sweep)) {
            throw new NoSuchSweepException(java.util.List.of(sweep), Secrets.masked(config.url()));
        }
        return store;
    }

    /** Where it is. */
    public DbConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }
}
