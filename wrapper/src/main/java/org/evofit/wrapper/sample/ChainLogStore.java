package org.evofit.wrapper.sample;

import java.nio.file.Path;

/**
 * Where a sampling run's checkpoint, a {@link ChainLog}, is kept: a file in the output directory
 * ({@link #file}), or a cluster's run store under the run's lease. The log is saved whole first and
 * then appended to, so that a save costs the steps taken since the one before.
 */
public interface ChainLogStore {

    /**
     * The saved log, read into a chain with room for {@code capacity} rows, or {@code null} when none
     * is saved.
     *
     * @throws org.evofit.wrapper.results.ResultFileException when the saved log is not a checkpoint
     */
    ChainLog read(int capacity);

    /**
     * Replaces the saved log with {@code log}: the header and the records of the chain's first
     * {@code rows} rows.
     *
     * @return whether it was saved; when not, the next save is a whole one again
     */
    boolean replace(int rows, byte[] log);

    /**
     * Appends {@code records}, the rows after the last saved one up to {@code rows}, at byte {@code at}
     * of the log (where its last good record ends; a record cut by a kill after it goes).
     *
     * @return whether it was saved; when not, the next save is a whole one
     */
    boolean append(long at, int rows, byte[] records);

    /** Told that the sampling goes on from the saved log, at step {@code step}. */
    default void resumed(int step) {
    }

    /** Removes the saved log: the chain is complete and its files are written. */
    void discard();

    /** The checkpoint in {@code file}, appended to in place and forced to disk at every save. */
    static ChainLogStore file(Path file) {
        return new ChainLogFile(file);
    }
}
