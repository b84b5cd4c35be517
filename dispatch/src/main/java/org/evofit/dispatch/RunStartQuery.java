package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.provenance.RepositoryState;

/**
 * {@link RunQueue#start} as one SELECT (one round trip in autocommit, one snapshot): the run's and its sweep's
 * row, joined with the sweep's input files, one result row per input file (one with no file when it has none).
 */
final class RunStartQuery {

    /**
     * The sweep's CPU use is summed in an uncorrelated subquery (PostgreSQL evaluates it once, and only for a
     * sweep with a budget), and whether it chains runs is one probe of the index {@code runs_by_start}; the input
     * columns come last so that the sweep's columns repeat harmlessly.
     */
    private static final String SQL = "SELECT s.request, CASE WHEN s.cpu_budget IS NULL THEN NULL ELSE s.cpu_budget - "
            + "(SELECT COALESCE(SUM(u.cpu_seconds), 0) FROM runs u WHERE u.sweep = ?) END, r.origin, s.origins, r.spec, "
            + "CASE WHEN EXISTS (SELECT 1 FROM runs c WHERE c.sweep = ? AND c.start_from IS NOT NULL) THEN 1 ELSE 0 END, "
            + "i.path, i.sha256, i.shown_as FROM runs r JOIN sweeps s ON s.id = r.sweep "
            + "LEFT JOIN sweep_inputs i ON i.sweep = r.sweep "
            + "WHERE r.sweep = ? AND r.id = ? ORDER BY i.path";

    private RunStartQuery() {
    }

    /**
     * A run's start with its spec, read together.
     *
     * @param spec  the run's spec as stored
     * @param start the rest of what its fit needs
     */
    record Read(RunSpec spec, RunStart start) {
    }

    /** Reads the run's start on {@code c}. */
    static Optional<RunStart> read(Connection c, String sweep, String run) throws SQLException {
        return query(c, sweep, run).map(Row::start);
    }

    /** Reads the run's start and its spec on {@code c} (a slot's claim, in its transaction: no round trip of its own). */
    static Optional<Read> readWithSpec(Connection c, String sweep, String run) throws SQLException {
        return query(c, sweep, run).map(r -> new Read(RunSpecJson.parse(r.spec()), r.start()));
    }

    /** The row read: the run's spec as stored (parsed only by a caller that needs it) and its start. */
    private record Row(String spec, RunStart start) {
    }

    private static Optional<Row> query(Connection c, String sweep, String run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SQL)) {
            st.setString(1, sweep);
            st.setString(2, sweep);
            st.setString(3, sweep);
            st.setString(4, run);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String request = rs.getString(1);
                double left = rs.getDouble(2);
                Optional<Double> cpuLeft = rs.wasNull() ? Optional.empty() : Optional.of(left);
                String spec = rs.getString(5);
                RepositoryState origin = ModelOrigins.ofRun(rs.getString(3), rs.getString(4), spec);
                boolean chained = rs.getInt(6) == 1;
                Map<String, String> inputs = new LinkedHashMap<>();
                Map<String, String> shownAs = new LinkedHashMap<>();
                do {
                    // A file stored for its name only (it could not be read at submission) has no content.
                    if (rs.getString(7) != null && rs.getString(8) != null) {
                        inputs.put(rs.getString(7), rs.getString(8));
                    }
                    if (rs.getString(9) != null) {
                        shownAs.put(rs.getString(7), rs.getString(9));
                    }
                } while (rs.next());
                return Optional.of(new Row(spec, new RunStart(request, cpuLeft, origin, inputs, chained, shownAs)));
            }
        }
    }
}
