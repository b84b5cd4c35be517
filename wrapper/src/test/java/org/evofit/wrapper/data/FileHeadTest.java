package org.evofit.wrapper.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.formats.DataFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file whose head cannot be read fails naming the file, whatever the failure's own message says. */
class FileHeadTest {

    /** A regular file no read succeeds on, even as root: this process's memory from address 0, never mapped. */
    private static final Path UNREADABLE = Path.of("/proc/self/mem");

    @Test
    void aDataFileThatCannotBeReadIsNamedWhenItsFormatIsChosen(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(UNREADABLE), "Linux's /proc");
        Path file = Files.createSymbolicLink(dir.resolve("data.dat"), UNREADABLE);

        // An I/O error's own message is "Input/output error", naming no file.
        assertThatThrownBy(() -> DataFormats.of(file, null)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": cannot read the file: ");
    }
}
