package org.evofit.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Quartz's own tables on PostgreSQL, created from the DDL that ships inside the Quartz jar, so the
 * schema always matches the Quartz version on the class path instead of a copy that could drift.
 * Flyway runs it in its transaction; the script's own {@code COMMIT} is left out for that reason.
 */
public final class V2__Quartz_tables extends BaseJavaMigration {

    /** Where the Quartz jar keeps its PostgreSQL DDL. */
    static final String DDL = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement st = context.getConnection().createStatement()) {
            for (String sql : statements(readDdl())) {
                st.execute(sql);
            }
        }
    }

    static String readDdl() throws IOException {
        try (InputStream in = org.quartz.Scheduler.class.getClassLoader().getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IOException(DDL + " is not on the class path: is the quartz jar there?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements: comments dropped, split at semicolons (the DDL has none inside). */
    static List<String> statements(String script) throws SQLException {
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : body.toString().split(";")) {
            String t = s.strip();
            if (!t.isEmpty() && !t.equalsIgnoreCase("commit")) {
                out.add(t);
            }
        }
        if (out.stream().noneMatch(s -> s.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TABLE QRTZ_LOCKS"))) {
            throw new SQLException(DDL + " has no CREATE TABLE QRTZ_LOCKS: not the Quartz DDL expected");
        }
        return out;
    }
}
