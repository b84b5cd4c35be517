package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Queued runs that could start but have no Quartz job, found in one query over the run store and
 * Quartz's job table (so a cluster store only). A run only gets there when its job was lost: a worker
 * died between recording a predecessor and scheduling the successor, or a job fired while the store
 * refused the claim. A run queued moments ago is left alone: its submitter is scheduling it.
 */
final class Orphans {

    /** How long a run must have been queued before it counts as lost, ms. */
    static final long GRACE_MS = 10_000;

    private Orphans() {
    }

    static List<RunRow> find(DataSource db) {
        String sql = "SELECT r.sweep, r.id FROM runs r WHERE r.status = 'queued' AND r.queued < ? "
                + "AND (r.start_from IS NULL OR EXISTS (SELECT 1 FROM runs p WHERE p.sweep = r.sweep AND p.id = r.start_from "
                + "AND p.status = 'done')) "
                + "AND NOT EXISTS (SELECT 1 FROM qrtz_job_details j WHERE j.sched_name = ? AND j.job_group = r.sweep "
                + "AND j.job_name = r.id)";
        List<String[]> keys = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, System.currentTimeMillis() - GRACE_MS);
            st.setString(2, QuartzCluster.NAME);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("looking for runs without a job: " + e.getMessage(), e);
        }
        RunStore store = new JdbcRunStore(db);
        List<RunRow> out = new ArrayList<>();
        for (String[] k : keys) {
            store.queue().run(k[0], k[1]).ifPresent(out::add);
        }
        return out;
    }
}
