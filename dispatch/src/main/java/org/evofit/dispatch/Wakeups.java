package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells idle workers at once that there is new work: the submitter sends a PostgreSQL
 * {@code NOTIFY evofit_work} after its jobs are committed; each worker {@code LISTEN}s on a connection
 * of its own and, on a notification, nudges its Quartz scheduler thread, which otherwise would only
 * look again after its idle wait (one second at least).
 */
public final class Wakeups implements AutoCloseable {

    /** The notification channel. */
    static final String CHANNEL = "evofit_work";

    private final Connection connection;
    private final Thread thread;
    private volatile boolean stopped;

    private Wakeups(Connection connection, Runnable onWork) {
        this.connection = connection;
        this.thread = new Thread(this::listen, "evofit-wakeups");
        this.thread.setDaemon(true);
        this.onWork = onWork;
    }

    private final Runnable onWork;

    /** Sends the notification (after the caller's jobs are committed). */
    public static void notifyWorkers(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            // Workers still find the work at their next poll, a second later.
        }
    }

    /** Starts listening; {@code onWork} runs on the listener's thread for each burst of notifications. */
    public static Wakeups listen(DbConfig config, Runnable onWork) throws SQLException {
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        Connection c = DriverManager.getConnection(config.url(), props);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        Wakeups w = new Wakeups(c, onWork);
        w.thread.start();
        return w;
    }

    private void listen() {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (!stopped) {
                PGNotification[] got = pg.getNotifications(500);
                if (got != null && got.length > 0) {
                    onWork.run();
                }
            }
        } catch (SQLException e) {
            // The connection went away (shutdown or database restart): polling still finds the work.
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(2000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // Closing a broken connection has nothing to report.
        }
    }
}
