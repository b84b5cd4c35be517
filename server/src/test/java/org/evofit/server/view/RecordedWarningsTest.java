package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory's result.json is read once for its warnings while it stays the same, and again once it
 * has been replaced (as result files are: written beside it, then moved over it); the reads are counted
 * where the file is parsed. The results: the ORSO fixture's, whose fit left points out, and the peaks
 * fixture's, which has no warnings.
 */
class RecordedWarningsTest {

    @TempDir
    Path run;

    private final AtomicInteger reads = new AtomicInteger();
    private final RecordedWarnings recorded = new RecordedWarnings(dir -> {
        reads.incrementAndGet();
        return RecordedWarnings.read(dir);
    });

    @Test
    void anUnchangedResultIsReadOnceAndAReplacedOneIsReadAgain() throws IOException {
        Path warned = ResultFixtures.onlyRun(ResultFixtures.ORT);
        Path clean = ResultFixtures.onlyRun(ResultFixtures.PEAKS);
        List<String> expected = RunWarningsTest.recordedWarnings(warned);
        assertThat(expected).isNotEmpty();
        assertThat(RunWarningsTest.recordedWarnings(clean)).isEmpty();

        assertThat(recorded.of(run)).as("no result yet").isEmpty();
        assertThat(reads).hasValue(0);

        replace(warned);
        for (int poll = 0; poll < 3; poll++) {
            assertThat(recorded.of(run)).isEqualTo(expected);
        }
        assertThat(reads).as("three polls of one result").hasValue(1);

        replace(clean);
        assertThat(recorded.of(run)).isEmpty();
        assertThat(recorded.of(run)).isEmpty();
        assertThat(reads).as("the new result read once").hasValue(2);

        replace(warned);
        assertThat(recorded.of(run)).isEqualTo(expected);
        assertThat(reads).hasValue(3);

        Files.delete(run.resolve("result.json"));
        assertThat(recorded.of(run)).as("the result gone").isEmpty();
        assertThat(reads).hasValue(3);
    }

    /** Puts {@code from}'s result.json in place of the run's, as a run writes its result files. */
    private void replace(Path from) throws IOException {
        Path next = Files.copy(from.resolve("result.json"), run.resolve("result.json.tmp"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(next, run.resolve("result.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
