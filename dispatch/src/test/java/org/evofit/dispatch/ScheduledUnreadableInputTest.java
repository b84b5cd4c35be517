package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schedule's re-plan treats a data file that cannot be read as a submission does: it is stored without content, so
 * the runs that read it fail on it, rather than fitting the content an earlier firing stored for its path.
 */
class ScheduledUnreadableInputTest {

    private static final Path UNREADABLE = Path.of("/proc/self/mem");

    @TempDir
    Path dir;

    @Test
    void aRePlanFindingADataFileUnreadableStoresItWithoutContentAndItsRunsFailOnIt() throws Exception {
        assumeTrue(Files.isRegularFile(UNREADABLE), "Linux's /proc");
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks");
        Files.copy(examples.resolve("model.yaml"), dir.resolve("model.yaml"));
        Files.copy(examples.resolve("peakfit_gauss.dat"), dir.resolve("peakfit_gauss.dat"));
        Path second = Files.copy(examples.resolve("peakfit_gauss.dat"), dir.resolve("second-copy.dat"));
        // A link, so that the next firing can find a regular file there that no read succeeds on, even as root.
        Path data = Files.createSymbolicLink(dir.resolve("second.dat"), second);
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: model.yaml\ndata: [second.dat]\n"
                + "fit: {generations: 5, population: 10}\n");
        EventTap tap = new EventTap();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null)) {
            // The sweep a schedule makes (Schedules.create), without the cron trigger: the test fires it.
            String id = Submitter.newSweepId();
            db.store().queue().addSweep(id, sweepFile.toString(), List.of(), Map.of());
            assertThat(Schedules.replan(db, id, sweepFile)).hasSize(1);
            assertThat(db.store().files().inputs(id)).containsKey(data.toString());

            // Before the next firing the link leads to a file the planning takes (a regular file) but cannot read:
            // this process's memory from address 0, which is never mapped (an I/O error, for any user).
            Files.delete(data);
            Files.createSymbolicLink(data, UNREADABLE);
            List<RunSpec> added = Schedules.replan(db, id, sweepFile);

            // Planned anew (a file that cannot be read has an id of its own), and without the earlier content.
            assertThat(added).hasSize(1);
            assertThat(db.store().files().inputs(id)).doesNotContainKey(data.toString());
            assertThat(db.store().queue().start(id, added.get(0).id()).orElseThrow().inputs())
                    .doesNotContainKey(data.toString());
            try (Worker worker = Worker.start(t.config(),
                    new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO), log)) {
                tap.await("failed", 2);
            }
            // Both fail on the file, naming it (the earlier run too: a path's content is the sweep's latest), neither
            // fitting the content stored before nor reading the worker's cache.
            for (RunRow run : db.store().queue().runs(id)) {
                assertThat(run.status()).isEqualTo(RunStatus.FAILED);
                String error = new String(db.store().files().runFiles(id, run.id()).get("error.txt"), StandardCharsets.UTF_8);
                assertThat(List.of(run.error(), error)).allSatisfy(text -> assertThat(text).contains(data.toString())
                        .doesNotContain("/inputs/"));
            }
        }
    }
}
