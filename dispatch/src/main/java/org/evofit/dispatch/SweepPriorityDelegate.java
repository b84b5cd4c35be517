package org.evofit.dispatch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;

/**
 * Quartz's PostgreSQL delegate with one change: a worker's scheduler takes the next due trigger by its
 * sweep's {@link RunPriority} first (the run store's {@code sweeps.priority}; a run's trigger group is its
 * sweep), then as Quartz does, by fire time and trigger priority. Quartz alone orders by fire time first,
 * so a member's run submitted after twenty guests' would wait for all of them; ranking in the query that
 * picks the trigger keeps everything else of Quartz (the row lock it is picked under, misfires, recovery of
 * a dead worker's runs). Triggers of no sweep (a schedule's re-planning) rank as {@link RunPriority#NORMAL}.
 * A trigger whose sweep's owner already holds as many runs as its bound ({@link RunQueue#limitRunning}) is not
 * picked until one of them ends.
 */
public final class SweepPriorityDelegate extends PostgreSQLDelegate {

    private static final String NEXT_BY_PRIORITY = "SELECT t.TRIGGER_NAME, t.TRIGGER_GROUP FROM {0}TRIGGERS t "
            + "LEFT JOIN sweeps s ON s.id = t.TRIGGER_GROUP "
            + "WHERE t.SCHED_NAME = {1} AND t.TRIGGER_STATE = ? AND t.NEXT_FIRE_TIME <= ? "
            + "AND (t.MISFIRE_INSTR = -1 OR (t.MISFIRE_INSTR <> -1 AND t.NEXT_FIRE_TIME >= ?)) "
            // An owner at its bound of runs held at once waits: its triggers taken or running (Quartz's fired
            // triggers, written under the same lock as this pick) count, so two workers cannot both pass it.
            + "AND NOT EXISTS (SELECT 1 FROM owner_limits l WHERE l.owner = s.owner AND l.max_running <= "
            + "(SELECT COUNT(*) FROM {0}FIRED_TRIGGERS f JOIN sweeps fs ON fs.id = f.TRIGGER_GROUP "
            + "WHERE f.SCHED_NAME = {1} AND fs.owner = s.owner)) "
            + "ORDER BY COALESCE(s.priority, " + RunPriority.NORMAL.rank() + ") DESC, t.NEXT_FIRE_TIME ASC, t.PRIORITY DESC";

    /** Made by Quartz from the scheduler's properties ({@link QuartzCluster}). */
    public SweepPriorityDelegate() {
        super();
    }

    @Override
    public List<TriggerKey> selectTriggerToAcquire(Connection conn, long noLaterThan, long noEarlierThan, int maxCount)
            throws SQLException {
        int most = Math.max(1, maxCount);
        List<TriggerKey> keys = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(rtp(NEXT_BY_PRIORITY))) {
            ps.setMaxRows(most);
            ps.setFetchSize(most);
            ps.setString(1, STATE_WAITING);
            ps.setBigDecimal(2, BigDecimal.valueOf(noLaterThan));
            ps.setBigDecimal(3, BigDecimal.valueOf(noEarlierThan));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && keys.size() < most) {
                    keys.add(TriggerKey.triggerKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return keys;
    }
}
