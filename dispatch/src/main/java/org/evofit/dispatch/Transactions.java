package org.evofit.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs a unit of work on one connection as one transaction: committed whole, or rolled back whole. */
final class Transactions {

    /** Work that needs a connection inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work; an exception rolls everything back. */
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs the work in a transaction on a connection from {@code source}.
     *
     * @throws StoreException when the database fails (the transaction is rolled back)
     */
    static <T> T inTransaction(DataSource source, Work<T> work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("run store: " + e.getMessage(), e);
        }
    }
}
