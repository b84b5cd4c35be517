package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.evofit.wrapper.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (#2's class, on a worker): a worker killed while writing a run's files leaves them in its
 * process's staging folder inside the run's directory of its cache; the worker that takes the run up
 * again (the same cache after a restart) clears that directory, staged leftovers included, instead of
 * failing the run on the non-empty staging folder.
 */
class RunDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void clearingARunDirectoryRemovesWhatAKilledWorkerStagedThere() throws Exception {
        Process finished = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-version")
                .redirectErrorStream(true).redirectOutput(dir.resolve("java.log").toFile()).start();
        finished.waitFor();
        Path run = Files.createDirectories(dir.resolve("out/runs/0123456789ab"));
        Files.writeString(run.resolve("history.csv"), "from the killed attempt\n");
        Path staged = Files.createDirectories(run.resolve(AtomicFiles.STAGING).resolve(Long.toString(finished.pid())));
        Files.writeString(staged.resolve("fit.csv.1.tmp"), "half a file");

        RunDirectory.clear(run);

        assertThat(run).isDirectory();
        try (Stream<Path> left = Files.list(run)) {
            assertThat(left).isEmpty();
        }
    }
}
