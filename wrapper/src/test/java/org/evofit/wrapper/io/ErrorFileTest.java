package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run's error.txt: read when it is there, a failure when it is there but cannot be read, in plain words. */
class ErrorFileTest {

    @TempDir
    Path run;

    @Test
    void aRunsErrorIsReadStrippedAndARunWithoutOneHasNone() throws IOException {
        assertThat(ErrorFile.read(run)).isEmpty();
        Files.writeString(run.resolve(ErrorFile.NAME), "data.dat:3:1: expected a number\n");
        assertThat(ErrorFile.read(run)).contains("data.dat:3:1: expected a number");
    }

    @Test
    void anErrorFileThatIsAFolderCannotBeReadAndIsNotTakenForNoError() throws IOException {
        // A folder of its name: a read fails even as root, as these tests run.
        Files.createDirectory(run.resolve(ErrorFile.NAME));
        assertThatThrownBy(() -> ErrorFile.read(run)).isInstanceOfSatisfying(IOException.class,
                e -> assertThat(ErrorFile.unreadable(e))
                        .isEqualTo("error.txt exists but cannot be read: a folder in its place, or a read error")
                        .doesNotContain(run.toString()));
    }

    @Test
    void theWordsSayTheLikelyReasonByTheFailuresKindWithoutItsMessage() {
        String path = run.resolve(ErrorFile.NAME).toString();
        assertThat(ErrorFile.unreadable(new AccessDeniedException(path)))
                .isEqualTo("error.txt exists but cannot be read: no permission to read it");
        assertThat(ErrorFile.unreadable(new java.nio.charset.MalformedInputException(1)))
                .isEqualTo("error.txt exists but cannot be read: it is not UTF-8 text");
    }
}
