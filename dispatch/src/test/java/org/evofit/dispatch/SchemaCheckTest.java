package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database evofit cannot use as it is is refused with what was found, before anything is written:
 * a newer evofit's store, another application's tables, a cluster store whose Quartz tables are gone.
 */
class SchemaCheckTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aStoreOfANewerEvofitIsRefused(String kind) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir)) {
            Database.open(t.config(), 2).close();
            sql(t, "INSERT INTO evofit_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, "
                    + (kind.equals("postgres") ? "true" : "1") + ")");
            assertThatThrownBy(() -> Database.open(t.config(), 2)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("schema version 99, newer than this evofit knows");
        }
    }

    @Test
    void aDatabaseWithOtherTablesIsRefusedAndLeftAsItWas() throws Exception {
        try (TestDatabase t = TestDatabase.postgres()) {
            sql(t, "CREATE TABLE customers (id INTEGER)");
            assertThatThrownBy(() -> Database.open(t.config(), 2)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("is not an evofit run store").hasMessageContaining("customers")
                    .hasMessageContaining("give evofit an empty database of its own");
            assertThat(count(t, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseHoldingOnlyAnEmptyHistoryIsEvofitsOwnAndIsMigrated() throws Exception {
        // What another evofit leaves visible while its first migration runs (or after one rolled back).
        try (TestDatabase t = TestDatabase.postgres()) {
            sql(t, "CREATE TABLE evofit_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), "
                    + "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, "
                    + "checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), "
                    + "execution_time INT NOT NULL, success BOOLEAN NOT NULL)");
            Database.open(t.config(), 2).close();
            assertThat(count(t, "SELECT count(*) FROM evofit_schema_history WHERE success")).isPositive();
            assertThat(count(t, "SELECT count(*) FROM workers")).isZero();
        }
    }

    @Test
    void processesOpeningOneFreshDatabaseTogetherAllSucceed() throws Exception {
        // Two workers started side by side on a new cluster database (SETUP.md) and a submit right after.
        try (TestDatabase t = TestDatabase.postgres()) {
            int openers = 4;
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(openers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(openers);
            try {
                java.util.List<java.util.concurrent.Future<?>> opened = new java.util.ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    opened.add(pool.submit(() -> {
                        together.await();
                        Database.open(t.config(), 2).close();
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : opened) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(count(t, "SELECT count(*) FROM evofit_schema_history WHERE NOT success")).isZero();
        }
    }

    @Test
    void aClusterStoreWithoutQuartzTablesIsRefusedAndAWorkerDoesNotJoin() throws Exception {
        try (TestDatabase t = TestDatabase.postgres()) {
            Database.open(t.config(), 2).close();
            sql(t, "DROP TABLE qrtz_fired_triggers");
            assertThatThrownBy(() -> Database.open(t.config(), 2)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("lacks Quartz's tables [qrtz_fired_triggers]");
            assertThatThrownBy(() -> Worker.start(t.config(), new WorkerOptions("w", 1, 1, dir.resolve("cache"), 0,
                    java.time.Duration.ZERO), EventLog.NONE)).isInstanceOf(SchemaException.class);
            assertThat(count(t, "SELECT count(*) FROM workers")).as("nothing registered").isZero();
        }
    }

    private static void sql(TestDatabase t, String statement) throws SQLException {
        try (Connection c = connect(t); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static long count(TestDatabase t, String query) throws SQLException {
        try (Connection c = connect(t); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(TestDatabase t) throws SQLException {
        Properties props = new Properties();
        if (t.config().user() != null) {
            props.setProperty("user", t.config().user());
        }
        return DriverManager.getConnection(t.config().url(), props);
    }
}
