package org.evofit.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one loop allowed to run into an output directory at a time: an exclusive lock on the hidden
 * file {@value #FILE} in it, held while the loop runs and released by the operating system when the
 * process ends, however it ends. A second loop into the same directory is refused, naming the
 * process that holds it, so no run is computed twice. The file stays (deleting it would let a
 * third loop lock a new file while the first still holds the old one).
 */
final class SweepLock implements AutoCloseable {

    /** The lock file's name in the output directory. */
    static final String FILE = ".evofit-loop.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code out} (created if missing) for this process.
     *
     * @throws IllegalStateException when another loop holds it
     */
    static SweepLock acquire(Path out) {
        Path file = out.resolve(FILE);
        try {
            Files.createDirectories(out);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;   // this process holds it already, for another loop
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new IllegalStateException("another evofit loop (" + (holder.isEmpty() ? "starting" : holder)
                        + ") is running into " + out + "; each run is computed once, so wait for it to end, then run "
                        + "this loop again to pick up what it has not done, or choose another --out");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new SweepLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The process ending releases it all the same.
        }
    }
}
