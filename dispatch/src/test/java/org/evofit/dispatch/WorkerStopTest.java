package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopping worker waits a bounded grace for its fits, the bound the service manager knows too: a fit
 * still running after it is left to recovery, and the worker leaves instead of waiting for it.
 */
class WorkerStopTest {

    @TempDir
    Path dir;

    @Test
    void aFitStillRunningAfterTheGraceIsNamedAndTheWorkerLeavesWithoutIt() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        // Far more generations than the test lasts: the fit is running whenever the worker stops.
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: [1]\nfit: {generations: 1000000, population: 40}\n");
        Path logFile = dir.resolve("worker.log");
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 2);
             EventLog log = EventLog.to(null, logFile)) {
            Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO), log);
            String sweep = Submitter.submit(db, sweepFile.toString(), Plans.of(sweepFile), EventLog.NONE).sweep();
            String run = db.store().queue().runs(sweep).get(0).id();
            // The worker's own "started" event, not the run's status: the status is 'running' from the claim's
            // commit, before the slot holds the fit, and a stop in between hands the run back unstarted.
            AwaitProgress.until("the fit has started", () -> indexOf(linesOf(logFile), " started sweep=" + sweep) >= 0,
                    () -> db.store().queue().counts(sweep).byStatus(), () -> String.join("\n", linesOf(logFile)));

            worker.stop(Duration.ZERO);

            List<String> lines = Files.readAllLines(logFile);
            int left = indexOf(lines, " left sweep=");
            int named = indexOf(lines, "fits still running after 0 s, left to another worker from their last checkpoint: ["
                    + sweep + "/" + run + "]");
            assertThat(named).as(String.join("\n", lines)).isGreaterThanOrEqualTo(0);
            assertThat(left).as(String.join("\n", lines)).isGreaterThan(named);
        }
    }

    private static List<String> linesOf(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
