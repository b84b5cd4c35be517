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
