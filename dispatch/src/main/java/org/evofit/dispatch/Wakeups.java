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
 *
 * <p>When the listening connection is lost (the database restarted, the backend was terminated) a new
 * one is opened, with growing pauses up to {@value #MAX_PAUSE_MS} ms while the server refuses, and the
 * scheduler is nudged once: a notification sent meanwhile was missed.
 */
public final class Wakeups implements AutoCloseable {

    /** The notification channel. */
    static final String CHANNEL = "evofit_work";
    /** The longest pause between attempts to listen again. */
    static final long MAX_PAUSE_MS = 5000;

    private final DbConfig config;
    private final Runnable onWork;
    private final Thread thread;
    private volatile Connection connection;
    private volatile boolean stopped;

    private Wakeups(DbConfig config, Connection connection, Runnable onWork) {
        this.config = config;
        this.connection = connection;
        this.onWork = onWork;
        this.thread = new Thread(this::listen, "evofit-wakeups");
        this.thread.setDaemon(true);
    }

    /** Sends the notification (after the caller's jobs are committed). */
    public static void notifyWorkers(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            // Workers still find the work at their next poll, a second later.
        }
    }

    /**
     * Starts listening; {@code onWork} runs on the listener's thread for each burst of notifications.
     *
     * @throws SQLException when the first connection cannot be opened (the worker does not start)
     */
    public static Wakeups listen(DbConfig config, Runnable onWork) throws SQLException {
        Wakeups w = new Wakeups(config, connect(config), onWork);
        w.thread.start();
        return w;
    }

    private static Connection connect(DbConfig config) throws SQLException {
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
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void listen() {
        long pause = 100;
        while (!stopped) {
            try {
                if (connection == null) {
                    connection = connect(config);
                    pause = 100;
                    onWork.run();
                }
                receive(connection);
            } catch (SQLException e) {
                closeQuietly();
                if (!stopped) {
                    sleep(pause);
                    pause = Math.min(MAX_PAUSE_MS, pause * 2);
                }
            }
        }
    }

    /** Hands notifications on until the connection fails or this is closed. */
    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!stopped) {
            PGNotification[] got = pg.getNotifications(500);
            if (got != null && got.length > 0) {
                onWork.run();
            }
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing a broken connection has nothing to report.
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
