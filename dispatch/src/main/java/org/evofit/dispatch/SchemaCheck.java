package org.evofit.dispatch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * What a database must be before evofit writes to it, checked before anything is written: not a
 * newer evofit's run store (Flyway would ignore the unknown migrations and carry on), not another
 * application's database (Flyway's own refusal advises a baseline, which would be wrong here), and,
 * for a cluster, one with Quartz's tables (without them a worker would join and never fire a job).
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /**
     * Refuses a schema newer than this build's, and a database holding tables but no evofit schema.
     *
     * <p>Another evofit may be migrating the same fresh database at this moment (two workers started
     * together): its history table, made before its first migration commits, is not another application's.
     * The tables are listed before the history is read so that tables a concurrent migration committed are
     * seen with the history row committed in the same transaction.
     *
     * @throws SchemaException when it is either
     */
    static void beforeMigrating(Flyway flyway, String historyTable, DataSource pool, DbConfig config) {
        Set<String> tables = tables(pool);
        tables.remove(historyTable);
        MigrationInfoService info = flyway.info();
        notNewer(info, config);
        if (info.current() == null) {
            if (!tables.isEmpty()) {
                throw new SchemaException("the database " + config + " is not an evofit run store: it holds other tables ("
                        + String.join(", ", tables.stream().limit(5).toList()) + (tables.size() > 5 ? ", ..." : "")
                        + "); give evofit an empty database of its own");
            }
        }
    }

    /**
     * Refuses a schema newer than this build's.
     *
     * @throws SchemaException when it is
     */
    static void notNewer(MigrationInfoService info, DbConfig config) {
        MigrationInfo[] future = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new SchemaException("the run store " + config + " has schema version " + future[future.length - 1].getVersion()
                    + ", newer than this evofit knows (" + latest(info) + "): use the evofit that created it, or a newer one");
        }
    }

    /**
     * Refuses a cluster store without every table of Quartz's DDL (dropped by hand, or made by a tool that
     * skipped them).
     *
     * @throws SchemaException naming the missing tables
     */
    static void quartzTables(DataSource pool, DbConfig config) {
        Set<String> expected = new TreeSet<>();
        try {
            for (String statement : V2__Quartz_tables.statements(V2__Quartz_tables.readDdl())) {
                String[] words = statement.split("\\s+");
                if (words.length > 2 && words[0].equalsIgnoreCase("CREATE") && words[1].equalsIgnoreCase("TABLE")) {
                    expected.add(words[2].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot read Quartz's table definitions: " + e.getMessage(), e);
        }
        expected.removeAll(tables(pool));
        if (!expected.isEmpty()) {
            throw new SchemaException("the run store " + config + " lacks Quartz's tables " + expected
                    + " that a cluster needs (its history says they were made: they were dropped since); restore them, "
                    + "or give the cluster a new database");
        }
    }

    private static String latest(MigrationInfoService info) {
        MigrationInfo[] all = info.all();
        for (int i = all.length - 1; i >= 0; i--) {
            if (all[i].getState() != MigrationState.FUTURE_SUCCESS && all[i].getState() != MigrationState.FUTURE_FAILED) {
                return String.valueOf(all[i].getVersion());
            }
        }
        return "none";
    }

    /** The tables of the connection's current schema, lower case. */
    private static Set<String> tables(DataSource pool) {
        Set<String> out = new TreeSet<>();
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the tables of the run store: " + e.getMessage(), e);
        }
        return out;
    }
}
