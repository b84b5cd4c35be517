package org.evofit.server.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.results.ResultFileException;

/**
 * The data warnings of run directories' result.json as the status answers poll them, each file read once
 * and kept until it changes: a client polling a finished sweep every second would otherwise parse every
 * run's result.json every second. A file is known by its last-modified time, size and file key (its inode
 * where the file system has one); result files are written atomically (a new file moved over the old one),
 * so a new result has a new key and is read again, and a directory whose result.json went away has none.
 * Holds the {@value #CAPACITY} directories polled last; safe for concurrent polls.
 */
final class RecordedWarnings {

    /** How many run directories' warnings are kept (least recently polled go first). */
    static final int CAPACITY = 4096;

    private record Stamp(FileTime modified, long size, Object key) {
    }

    private record Known(Stamp stamp, List<String> warnings) {
    }

    private final Function<Path, List<String>> read;
    private final Map<Path, Known> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Known> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Reads with {@link ResultFiles#recordedWarnings}. */
    RecordedWarnings() {
        this(RecordedWarnings::read);
    }

    /** Reads a run directory's warnings with {@code read} (a test counts its calls). */
    RecordedWarnings(Function<Path, List<String>> read) {
        this.read = read;
    }

    /** The messages of the warnings recorded in {@code runDir}'s result.json; none when it has none. */
    List<String> of(Path runDir) {
        Stamp stamp = stamp(runDir.resolve(ResultFiles.RESULT_JSON));
        if (stamp == null) {
            forget(runDir);
            return List.of();
        }
        synchronized (known) {
            Known k = known.get(runDir);
            if (k != null && k.stamp().equals(stamp)) {
                return k.warnings();
            }
        }
        // Read outside the lock: polls of other runs need not wait for this parse. Should the file change
        // meanwhile, the next poll sees a stamp other than the one kept here and reads it again.
        List<String> warnings = List.copyOf(read.apply(runDir));
        synchronized (known) {
            known.put(runDir, new Known(stamp, warnings));
        }
        return warnings;
    }

    private void forget(Path runDir) {
        synchronized (known) {
            known.remove(runDir);
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? new Stamp(a.lastModifiedTime(), a.size(), a.fileKey()) : null;
        } catch (IOException e) {
            return null;   // none, or unreadable as a file: the status answer goes on without warnings
        }
    }

    /** The messages of {@code runDir}'s recorded warnings, read now; none when its result cannot be read. */
    static List<String> read(Path runDir) {
        try {
            return ResultFiles.recordedWarnings(runDir).stream().map(DataWarning::message).toList();
        } catch (ResultFileException e) {
            // The page says why the result cannot be read; the status answer stays what it is without them.
            return List.of();
        }
    }
}
