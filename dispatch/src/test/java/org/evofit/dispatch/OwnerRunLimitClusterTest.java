package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account's bound on runs held at once (evofit serve's concurrent-runs) holds on the workers: with two free
 * slots and alice bounded to one, her second sweep's run waits until her first has finished, and bob's run,
 * submitted after both of hers, takes the other slot meanwhile. Without the bound the two slots would take
 * alice's two runs side by side.
 */
class OwnerRunLimitClusterTest {

    @TempDir
    Path dir;

    @Test
    void anOwnerAtItsBoundWaitsWhileOthersTakeTheFreeSlots() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        // Alice's first fit lasts seconds, so that bob's run starting beside it does not race its end (a 1500-
        // generation fit, ~0.3 s, once ended before the scheduler's next pick had started bob's).
        Path longFile = Files.writeString(dir.resolve("long.yaml"), "models: " + model
                + "\nseeds: 1\nfit: {generations: 30000, population: 20}\n");
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: 1\nfit: {generations: 1500, population: 20}\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        EventTap tap = new EventTap();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 2, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     log)) {
            db.store().queue().limitRunning("alice", 1);
            String first = submit(db, longFile, Plans.of(longFile), "alice");
            String second = submit(db, sweepFile, plan, "alice");
            String bob = submit(db, sweepFile, plan, "bob");
            tap.await("finished", 3);

            List<String> started = tap.of("started").stream().map(EventTap.Event::sweep).toList();
            assertThat(started).containsExactly(first, bob, second);
            assertThat(at(tap, "started", second)).isAfterOrEqualTo(at(tap, "finished", first));
            assertThat(at(tap, "started", bob)).isBefore(at(tap, "finished", first));
        }
    }

    private static String submit(Database db, Path sweepFile, List<RunSpec> plan, String owner) {
        return Submitter.submit(db, sweepFile.toString(), plan, null, owner, RunPriority.NORMAL, null, EventLog.NONE,
                id -> { }).sweep();
    }

    private static Instant at(EventTap tap, String kind, String sweep) {
        return tap.of(kind).stream().filter(e -> e.sweep().equals(sweep)).findFirst().orElseThrow().at();
    }
}
