package org.evofit.cli;

import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.EventLog;
import picocli.CommandLine.Mixin;

/**
 * The options of every verb that changes the run store: where it is ({@link DbOptions}) and where
 * the event lines of the change go ({@link LogOptions}).
 */
final class StoreOptions {

    @Mixin
    DbOptions db;

    @Mixin
    LogOptions log;

    /** What a verb does with the open store, its events going to the event log. */
    @FunctionalInterface
    interface Work<T> {
        T on(Database database, EventLog log);
    }

    /** Runs {@code work} on the store named by {@code --db}; the store and the log are closed after. */
    <T> T change(Work<T> work) {
        return change(db.resolve(), work);
    }

    /** Runs {@code work} on the existing store named by {@code --db}, which is neither created nor migrated. */
    <T> T changeExisting(Work<T> work) {
        try (EventLog events = log.open(); Database database = db.openExisting()) {
            return work.on(database, events);
        }
    }

    /** Runs {@code work} on the store of a configuration the caller resolved and checked. */
    <T> T change(DbConfig config, Work<T> work) {
        try (EventLog events = log.open(); Database database = DbOptions.open(config)) {
            return work.on(database, events);
        }
    }
}
