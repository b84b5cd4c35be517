package org.evofit.wrapper.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.formats.DataFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file whose head cannot be read fails naming the file once, whatever the failure's own message says. */
class FileHeadTest {

    /** A regular file no read succeeds on, even as root: this process's memory from address 0, never mapped. */
    private static final Path UNREADABLE = Path.of("/proc/self/mem");

    /** A regular file no one may read, even root: a write-only setting of the kernel's. */
    private static final Path WRITE_ONLY = Path.of("/proc/sys/vm/drop_caches");

    @Test
    void aDataFileThatCannotBeReadIsNamedWhenItsFormatIsChosen(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(UNREADABLE), "Linux's /proc");
        Path file = Files.createSymbolicLink(dir.resolve("data.dat"), UNREADABLE);

        // An I/O error's own message is "Input/output error", naming no file.
        assertThatThrownBy(() -> DataFormats.of(file, null)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": cannot read the file: ");
    }

    @Test
    void aDataFileWithoutPermissionToReadItIsNamedOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.dat");
        Files.writeString(file, "1 2\n");
        Files.setPosixFilePermissions(file, Set.of());
        if (Files.isReadable(file)) {
            // Root reads a file whatever its permissions: a link to a file the kernel lets no one read instead.
            assumeTrue(Files.isRegularFile(WRITE_ONLY) && !Files.isReadable(WRITE_ONLY), "Linux's /proc/sys");
            Files.delete(file);
            Files.createSymbolicLink(file, WRITE_ONLY);
        }

        // The permission failure's own message is the path: the file is named once, by the located message.
        assertThatThrownBy(() -> DataFormats.of(file, null)).isInstanceOf(DataFileException.class)
                .hasMessage(file + ": expected a readable file but access was denied");
    }
}
