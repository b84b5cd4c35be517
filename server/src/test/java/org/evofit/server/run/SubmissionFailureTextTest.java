package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission that fails as a whole (its plan cannot be read when it starts) tells the submitter why naming the
 * files as uploaded, as its runs' errors do: never the folder where the service keeps them.
 */
class SubmissionFailureTextTest {

    @TempDir
    Path data;

    @Test
    void theFilesOfAFailedSubmissionAreNamedAsUploaded() throws Exception {
        Path folder = Files.createDirectories(data.resolve("runs").resolve("s-1"));
        Path bad = folder.resolve("input/data/bad.dat").toAbsolutePath();
        Path sweep = folder.resolve("sweep.yaml").toAbsolutePath();

        String shown = Starts.failure(folder, new IllegalStateException(bad + ":5:10: expected a number; see " + sweep));

        assertThat(shown).isEqualTo("data/bad.dat:5:10: expected a number; see sweep.yaml");
    }

    @Test
    void aFailureWithoutAMessageIsShownByItsKind() {
        assertThat(Starts.failure(data, new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }
}
