package org.evofit.wrapper.sample;

import java.time.Duration;
import java.util.List;
import org.evofit.core.mcmc.Chain;

/**
 * Saves the chain so far into its {@link ChainLogStore}, at most once per interval (every step for a
 * zero interval). The first save of a fresh chain (or over a checkpoint of the older format, or after
 * a save that did not happen) writes the header and the rows so far whole; every later save appends
 * only the rows taken since the one before, so a save costs the new steps, not the whole chain.
 */
final class Checkpointer {

    private final ChainLogStore store;
    private final long seed;
    private final String proposals;
    private final List<String> names;
    private final long intervalNanos;
    private long last = System.nanoTime();
    private int savedRows;
    private long savedBytes;

    /**
     * A checkpointer whose store already holds {@code savedRows} good rows ending at byte
     * {@code savedBytes} (a resumed run, see {@link ChainLog#validBytes}); 0 and 0 for a fresh chain,
     * and a negative {@code savedBytes} to save the whole log at the first save.
     */
    Checkpointer(ChainLogStore store, long seed, String proposals, List<String> names, Duration interval, int savedRows,
                 long savedBytes) {
        this.store = store;
        this.seed = seed;
        this.proposals = proposals;
        this.names = names;
        this.intervalNanos = interval.toNanos();
        this.savedRows = savedBytes < 0 ? 0 : savedRows;
        this.savedBytes = savedBytes < 0 ? 0 : savedBytes;
    }

    void onStep(Chain chain) {
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            save(chain);
            last = now;
        }
    }

    void save(Chain chain) {
        if (savedRows == 0) {
            byte[] header = ChainLog.header(seed, proposals, names, chain.walkers());
            byte[] rows = ChainLog.records(chain, 0, chain.rows());
            byte[] whole = java.util.Arrays.copyOf(header, header.length + rows.length);
            System.arraycopy(rows, 0, whole, header.length, rows.length);
            boolean saved = store.replace(chain.rows(), whole);
            savedBytes = saved ? whole.length : 0;
            savedRows = saved ? chain.rows() : 0;
        } else if (chain.rows() > savedRows) {
            byte[] rows = ChainLog.records(chain, savedRows, chain.rows());
            boolean saved = store.append(savedBytes, chain.rows(), rows);
            savedBytes = saved ? savedBytes + rows.length : 0;
            savedRows = saved ? chain.rows() : 0;
        }
    }
}
