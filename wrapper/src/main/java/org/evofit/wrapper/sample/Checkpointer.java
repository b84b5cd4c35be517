package org.evofit.wrapper.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.evofit.core.mcmc.Chain;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * Saves the chain so far into its {@link ChainLog}, at most once per interval (every step for a zero
 * interval). The first save of a fresh chain (or over a checkpoint of the older format) writes the
 * header and the rows so far atomically; every later save appends only the rows taken since the one
 * before and forces them to disk, so a save costs the new steps, not the whole chain.
 */
final class Checkpointer {

    private final Path file;
    private final long seed;
    private final List<String> names;
    private final long intervalNanos;
    private long last = System.nanoTime();
    private int savedRows;
    private long savedBytes;

    /**
     * A checkpointer whose file already holds {@code savedRows} good rows ending at byte
     * {@code savedBytes} (a resumed run, see {@link ChainLog#validBytes}); 0 and 0 for a fresh chain,
     * and a negative {@code savedBytes} to rewrite the file at the first save.
     */
    Checkpointer(Path file, long seed, List<String> names, Duration interval, int savedRows, long savedBytes) {
        this.file = file;
        this.seed = seed;
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
            byte[] header = ChainLog.header(seed, names, chain.walkers());
            byte[] rows = ChainLog.records(chain, 0, chain.rows());
            byte[] whole = java.util.Arrays.copyOf(header, header.length + rows.length);
            System.arraycopy(rows, 0, whole, header.length, rows.length);
            new AtomicFiles().bytes(file, whole).commit();
            savedBytes = whole.length;
        } else if (chain.rows() > savedRows) {
            byte[] rows = ChainLog.records(chain, savedRows, chain.rows());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                // A run killed while appending may have left a cut record: the append starts where
                // the good records end, and the cut tail goes.
                channel.truncate(savedBytes);
                ByteBuffer buffer = ByteBuffer.wrap(rows);
                long at = savedBytes;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("could not append to the checkpoint " + file, e);
            }
            savedBytes += rows.length;
        }
        savedRows = chain.rows();
    }
}
