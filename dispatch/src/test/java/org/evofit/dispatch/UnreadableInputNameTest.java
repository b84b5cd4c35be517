package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.model.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input file that cannot be read when its sweep is submitted is not stored, but its name is: the worker's run
 * that fails on it names it as the submitter named it, not by the worker's input cache nor by its original path.
 */
class UnreadableInputNameTest {

    @TempDir
    Path dir;

    @Test
    void aRunFailingOnAnInputThatCouldNotBeStoredNamesItAsSubmitted() throws Exception {
        Path upload = Files.createDirectories(dir.resolve("upload"));
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks");
        Files.copy(examples.resolve("model.yaml"), upload.resolve("model.yaml"));
        Files.copy(examples.resolve("peakfit_gauss.dat"), upload.resolve("peakfit_gauss.dat"));
        Path data = Files.copy(examples.resolve("peakfit_gauss.dat"), upload.resolve("second.dat"));
        Path sweepFile = Files.writeString(upload.resolve("sweep.yaml"), "models: model.yaml\ndata: [second.dat]\n"
                + "fit: {generations: 5, population: 10}\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        // Replaced by a folder of its name after planning: a read fails, even as root.
        Files.delete(data);
        Files.createDirectory(data);
        EventTap tap = new EventTap();
        Path cache = dir.resolve("cache");
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, cache, 0, Duration.ZERO), log)) {
            String sweep = Submitter.submit(db, sweepFile.toString(), plan, null, null, RunPriority.NORMAL, null,
                    FileNames.relativeTo(upload), EventLog.NONE, id -> { }).sweep();
            tap.await("failed", 1);

            assertThat(db.store().files().shownAs(sweep)).containsEntry(data.toString(), "second.dat");
            assertThat(db.store().files().inputs(sweep)).doesNotContainKey(data.toString());
            RunRow run = db.store().queue().runs(sweep).get(0);
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            String error = new String(db.store().files().runFiles(sweep, run.id()).get("error.txt"), StandardCharsets.UTF_8);
            for (String text : List.of(run.error(), error)) {
                assertThat(text).contains("second.dat").doesNotContain(dir.toString())
                        .doesNotContain(cache.toString()).doesNotContain("/inputs/");
            }
        }
    }
}
