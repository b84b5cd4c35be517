package org.evofit.dispatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An open run-store database: a connection pool, migrated to the current schema on opening. SQLite
 * gets one connection (it has one writer anyway, and a second connection only adds busy errors);
 * PostgreSQL gets as many as asked.
 */
public final class Database implements AutoCloseable {

    /** Flyway's record of the migrations applied, under a name of evofit's own. */
    private static final String HISTORY_TABLE = "evofit_schema_history";

    private final DbConfig config;
    private final HikariDataSource pool;

    private Database(DbConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * Opens the database and applies any migration it lacks (a new SQLite file is created).
     *
     * @throws SchemaException when the database holds a newer evofit's store, another application's
     *                         tables, or (PostgreSQL) a store without Quartz's tables; nothing is written then
     * @param connections pool size for PostgreSQL
     */
    public static Database open(DbConfig config, int connections) {
        HikariDataSource pool = pool(config, connections, true);
        try {
            migrate(pool, config);
            return new Database(config, pool);
        } catch (SchemaException e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the run store " + config + ": " + rootMessage(e), e);
        }
    }

    /**
     * Opens a run store that exists, for the verbs that read it or change what it holds (status,
     * results, cancel, prune): nothing is created and no migration is applied, so a mistyped
     * {@code --db} never leaves an empty store behind.
     *
     * @throws NoStoreException when there is no SQLite file or the database holds no evofit run store
     * @throws StoreException   when the store cannot be opened or is from an older evofit
     */
    public static Database openExisting(DbConfig config, int connections) {
        if (!config.isPostgres() && !Files.isRegularFile(sqliteFile(config.url()))) {
            throw new NoStoreException(Secrets.masked(config.url()) + ": no such run store (no file "
                    + sqliteFile(config.url()) + "); expected the evofit.db of a loop's output directory");
        }
        HikariDataSource pool = pool(config, connections, false);
        try {
            MigrationInfoService info = flyway(pool, config.isPostgres()).load().info();
            if (info.current() == null) {
                throw new NoStoreException(Secrets.masked(config.url()) + " holds no evofit run store");
            }
            SchemaCheck.notNewer(info, config);
            if (info.pending().length > 0) {
                throw new StoreException("the run store " + config + " is from an older evofit (schema version "
                        + info.current().getVersion() + "); run evofit loop or a worker on it once to upgrade it", null);
            }
            return new Database(config, pool);
        } catch (NoStoreException | StoreException | SchemaException e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the run store " + config + ": " + rootMessage(e), e);
        }
    }

    private static Path sqliteFile(String url) {
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "");
        int query = file.indexOf('?');
        return Path.of(query < 0 ? file : file.substring(0, query));
    }

    /** A pool; {@code writing}: SQLite is switched to WAL (a write: a file that is not a store stays untouched otherwise). */
    private static HikariDataSource pool(DbConfig config, int connections, boolean writing) {
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
            if (writing) {
                // Persistent in the file: a store opened later stays in WAL mode.
                hikari.addDataSourceProperty("journal_mode", "WAL");
            }
            hikari.addDataSourceProperty("busy_timeout", "30000");
            hikari.addDataSourceProperty("foreign_keys", "true");
        }
        hikari.setConnectionTimeout(30_000);
        // Idle connections are tested every 30 s (and, by the pool, before each use after half a second
        // idle), so connections the server dropped are replaced before work needs them.
        hikari.setKeepaliveTime(30_000);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the run store " + config + ": " + rootMessage(e), e);
        }
    }

    /** Checks the schema can be used ({@link SchemaCheck}) before applying what it lacks. */
    private static void migrate(DataSource pool, DbConfig config) {
        Flyway flyway = flyway(pool, config.isPostgres()).load();
        SchemaCheck.beforeMigrating(flyway, HISTORY_TABLE, pool, config);
        flyway.migrate();
        if (config.isPostgres()) {
            SchemaCheck.quartzTables(pool, config);
        }
    }

    private static FluentConfiguration flyway(DataSource pool, boolean postgres) {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:org/evofit/dispatch/db")
                .placeholders(Map.of("blob", postgres ? "BYTEA" : "BLOB"))
                .table(HISTORY_TABLE)
                .loggers("slf4j");
        if (postgres) {
            flyway.javaMigrations(new V2__Quartz_tables());
        }
        return flyway;
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
