package org.evofit.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A file that cannot be read is worded by the failure's kind, never repeating the path the failure carries. */
class ReadFailureTest {

    private static final String PATH = "/home/ann/data/film.dat";

    @Test
    void aPermissionFailureSaysAccessWasDeniedWithoutItsPath() {
        // Its message is the path and nothing else.
        assertThat(new AccessDeniedException(PATH).getMessage()).isEqualTo(PATH);
        assertThat(ReadFailure.detail(new AccessDeniedException(PATH)))
                .isEqualTo("expected a readable file but access was denied");
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(ReadFailure.detail(new NoSuchFileException(PATH))).isEqualTo("file not found");
    }

    @Test
    void anotherFileSystemFailureGivesTheSystemsReasonWithoutThePath() {
        FileSystemException loop = new FileSystemException(PATH, null, "Too many levels of symbolic links");
        assertThat(ReadFailure.detail(loop)).isEqualTo("cannot read the file: Too many levels of symbolic links");
        assertThat(ReadFailure.detail(new FileSystemException(PATH))).isEqualTo("cannot read the file");
    }

    @Test
    void aReadErrorGivesItsMessage() {
        assertThat(ReadFailure.detail(new IOException("Input/output error")))
                .isEqualTo("cannot read the file: Input/output error");
        assertThat(ReadFailure.detail(new IOException())).isEqualTo("cannot read the file");
    }
}
