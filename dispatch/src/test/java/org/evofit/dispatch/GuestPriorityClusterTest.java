package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guests' runs take a worker's slots last (issue 19): on one slot, a member's run queued behind twenty guests'
 * starts as soon as the slot frees, and the guests' then start in the order they were submitted. Quartz alone
 * would start the member's last (it orders by fire time first), so this fails without {@link SweepPriorityDelegate}.
 */
class GuestPriorityClusterTest {

    private static final int GUESTS = 20;

    @TempDir
    Path dir;

    @Test
    void aMembersRunStartsBeforeTheGuestsRunsQueuedBeforeIt() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: 1\nfit: {generations: 600, population: 20}\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        EventTap tap = new EventTap();
        Map<String, Instant> submitted = new HashMap<>();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     log)) {
            String alone = submit(db, sweepFile, plan, RunPriority.NORMAL, submitted);
            tap.await("finished", 1);

            tap.holdNextStart();
            List<String> guests = new ArrayList<>();
            for (int i = 0; i < GUESTS; i++) {
                guests.add(submit(db, sweepFile, plan, RunPriority.LOW, submitted));
            }
            // The first guest's run holds the only slot; the other nineteen are queued before the member's.
            tap.awaitHeld();
            String member = submit(db, sweepFile, plan, RunPriority.NORMAL, submitted);
            tap.release();
            tap.await("finished", GUESTS + 2);

            List<String> started = tap.of("started").stream().map(EventTap.Event::sweep).toList();
            assertThat(started).hasSize(GUESTS + 2);
            assertThat(started.subList(0, 3)).containsExactly(alone, guests.get(0), member);
            assertThat(started.subList(3, GUESTS + 2)).containsExactlyElementsOf(guests.subList(1, GUESTS));

            // The figure of the issue, printed (not asserted): the first fit of the JVM ran cold, so alone again.
            String warm = submit(db, sweepFile, plan, RunPriority.NORMAL, submitted);
            tap.await("finished", GUESTS + 3);
            System.out.printf("member's fit, submitted to finished: alone %.2f s (first of the JVM %.2f s), with %d guest "
                    + "fits queued and one running %.2f s; the guests' fits took %.2f s%n", wall(tap, submitted, warm),
                    wall(tap, submitted, alone), GUESTS, wall(tap, submitted, member),
                    seconds(submitted.get(guests.get(0)), finished(tap, guests.get(GUESTS - 1))));
        }
    }

    /**
     * Submits the plan as one sweep, noting when its jobs were committed. Its events go nowhere: the worker's log
     * is locked while the tap holds a worker thread in it.
     */
    private static String submit(Database db, Path sweepFile, List<RunSpec> plan, RunPriority priority,
                                 Map<String, Instant> submitted) {
        Submitter.Submission s = Submitter.submit(db, sweepFile.toString(), plan, null, null, priority, null, EventLog.NONE, id -> { });
        submitted.put(s.sweep(), s.submitted());
        return s.sweep();
    }

    /** Seconds from the sweep's submission to its run's result. */
    private static double wall(EventTap tap, Map<String, Instant> submitted, String sweep) {
        return seconds(submitted.get(sweep), finished(tap, sweep));
    }

    private static Instant finished(EventTap tap, String sweep) {
        return tap.of("finished").stream().filter(e -> e.sweep().equals(sweep)).findFirst().orElseThrow().at();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
