package org.evofit.wrapper.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * A {@link ChainLogStore} in a file: a whole log is written atomically, an append goes in place and
 * is forced to disk, so that a kill at any moment leaves at most a cut last record, which the next
 * read leaves out and the next append cuts off.
 */
final class ChainLogFile implements ChainLogStore {

    private final Path file;

    ChainLogFile(Path file) {
        this.file = file;
    }

    @Override
    public ChainLog read(int capacity) {
        return Files.isRegularFile(file) ? ChainLog.read(file, capacity) : null;
    }

    @Override
    public boolean replace(int rows, byte[] log) {
        new AtomicFiles().bytes(file, log).commit();
        return true;
    }

    @Override
    public boolean append(long at, int rows, byte[] records) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            // A run killed while appending may have left a cut record: the append starts where the
            // good records end, and the cut tail goes.
            channel.truncate(at);
            ByteBuffer buffer = ByteBuffer.wrap(records);
            long position = at;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the checkpoint " + file, e);
        }
        return true;
    }

    @Override
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the checkpoint " + file, e);
        }
    }
}
