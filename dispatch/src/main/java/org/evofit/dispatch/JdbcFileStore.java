package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link FileStore} in the tables {@code run_files}, {@code input_files} (by content hash) and
 * {@code sweep_inputs}; also the writes the queue and the leases make inside their own transactions.
 */
final class JdbcFileStore implements FileStore {

    private final JdbcAccess access;

    JdbcFileStore(JdbcAccess access) {
        this.access = access;
    }

    @Override
    public SortedMap<String, byte[]> runFiles(String sweep, String run) {
        return access.read(c -> {
            SortedMap<String, byte[]> out = new TreeMap<>();
            Transactions.forEachRow(c, "SELECT name, content FROM run_files WHERE sweep = ? AND run = ?",
                    rs -> out.put(rs.getString(1), rs.getBytes(2)), sweep, run);
            return out;
        });
    }

    @Override
    public Map<String, String> inputs(String sweep) {
        return access.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            Transactions.forEachRow(c, "SELECT path, sha256 FROM sweep_inputs WHERE sweep = ? AND sha256 IS NOT NULL "
                    + "ORDER BY path",
                    rs -> out.put(rs.getString(1), rs.getString(2)), sweep);
            return out;
        });
    }

    @Override
    public Map<String, String> shownAs(String sweep) {
        return access.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            Transactions.forEachRow(c, "SELECT path, shown_as FROM sweep_inputs WHERE sweep = ? AND shown_as IS NOT NULL "
                    + "ORDER BY path", rs -> out.put(rs.getString(1), rs.getString(2)), sweep);
            return out;
        });
    }

    @Override
    public byte[] input(String sha256) {
        return access.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT content FROM input_files WHERE sha256 = ?")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no input file with sha256 " + sha256);
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    /**
     * Stores input files by content; a path the sweep has already takes the new content (a file edited
     * between two re-plans of a schedule: its new runs read the new content) and keeps its name.
     *
     * A file that could not be read is stored without content, for its name only; a path the sweep has already
     * loses its content (its runs fail on the file, as a new sweep's would).
     *
     * @param shownAs the name the runs give a file ({@link FileStore#shownAs}), by path; a path without one is
     *                named by itself
     */
    static void storeInputs(Connection c, String sweep, InputFiles.Gathered gathered, Map<String, String> shownAs)
            throws SQLException {
        // A path given new content, or none, leaves its old content to no one unless another sweep reads it.
        List<String> before = contents(c, sweep);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sweep_inputs (sweep, path, sha256, shown_as) "
                + "VALUES (?, ?, NULL, ?) ON CONFLICT (sweep, path) DO UPDATE SET sha256 = NULL")) {
            for (String path : gathered.unreadable()) {
                st.setString(1, sweep);
                st.setString(2, path);
                st.setString(3, shownAs.get(path));
                st.executeUpdate();
            }
        }
        // Contents in hash order, so two transactions storing the same contents lock their rows in the same order.
        SortedMap<String, byte[]> contents = new TreeMap<>();
        Map<String, String> shaOfPath = new TreeMap<>();
        gathered.contents().forEach((path, bytes) -> {
            String sha = Hashes.sha256(bytes);
            contents.put(sha, bytes);
            shaOfPath.put(path, sha);
        });
        // On PostgreSQL an update, not DO NOTHING, when the content is there: it locks the row until this transaction
        // ends, so a concurrent deleteUnread of the same content (another sweep pruned) waits for this sweep's rows.
        // SQLite runs one writing transaction at a time, and an update there would rewrite the whole blob.
        String present = postgres(c) ? "DO UPDATE SET size = excluded.size" : "DO NOTHING";
        try (PreparedStatement st = c.prepareStatement("INSERT INTO input_files (sha256, size, content) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) " + present)) {
            for (Map.Entry<String, byte[]> e : contents.entrySet()) {
                st.setString(1, e.getKey());
                st.setLong(2, e.getValue().length);
                st.setBytes(3, e.getValue());
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sweep_inputs (sweep, path, sha256, shown_as) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (sweep, path) DO UPDATE SET sha256 = excluded.sha256")) {
            for (Map.Entry<String, String> e : shaOfPath.entrySet()) {
                st.setString(1, sweep);
                st.setString(2, e.getKey());
                st.setString(3, e.getValue());
                st.setString(4, shownAs.get(e.getKey()));
                st.executeUpdate();
            }
        }
        deleteUnread(c, before);
    }

    /** The content hashes of the sweep's input files (not the name-only rows of those that could not be read). */
    static List<String> contents(Connection c, String sweep) throws SQLException {
        List<String> out = new ArrayList<>();
        Transactions.forEachRow(c, "SELECT DISTINCT sha256 FROM sweep_inputs WHERE sweep = ? AND sha256 IS NOT NULL",
                rs -> out.add(rs.getString(1)), sweep);
        return out;
    }

    /**
     * Deletes each of the contents {@code shas} that no sweep's input file has any more: one a re-plan replaced, or
     * a pruned sweep's. Otherwise nothing would ever delete it: pruning deletes the contents its sweep still has.
     */
    static void deleteUnread(Connection c, Collection<String> shas) throws SQLException {
        if (shas.isEmpty()) {
            return;
        }
        if (postgres(c)) {
            lockContents(c, shas);
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM input_files WHERE sha256 = ? "
                + "AND NOT EXISTS (SELECT 1 FROM sweep_inputs i WHERE i.sha256 = input_files.sha256)")) {
            for (String sha : shas) {
                st.setString(1, sha);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * Locks the contents' rows before the delete looks for readers: a transaction storing the same content for
     * another sweep holds its row until it ends, so the delete's own statement, begun after the lock, sees that
     * sweep's rows once committed and keeps the content (without the lock it read a snapshot from before them
     * and failed on the foreign key). In hash order, as storeInputs takes them. SQLite needs none: it runs one
     * writing transaction at a time.
     */
    private static void lockContents(Connection c, Collection<String> shas) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT sha256 FROM input_files WHERE sha256 = ? FOR UPDATE")) {
            for (String sha : new TreeSet<>(shas)) {
                st.setString(1, sha);
                st.executeQuery().close();
            }
        }
    }

    /** Whether c is a PostgreSQL connection (else SQLite's): the two take concurrent writers differently. */
    private static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /** Replaces the run's recorded files with {@code files}. */
    static void replaceRunFiles(Connection c, Lease lease, Map<String, byte[]> files) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM run_files WHERE sweep = ? AND run = ?")) {
            st.setString(1, lease.sweep());
            st.setString(2, lease.run());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO run_files (sweep, run, name, content) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                st.setString(1, lease.sweep());
                st.setString(2, lease.run());
                st.setString(3, f.getKey());
                st.setBytes(4, f.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
