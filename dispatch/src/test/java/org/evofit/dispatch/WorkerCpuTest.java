package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker meters each run's fit (its thread's CPU time) into the run store under the sweep's owner, what
 * {@code evofit serve}'s quota cpu-seconds-per-day sums on a cluster: more than nothing, and no more than this whole
 * process (worker, store client and all) spent on the CPU meanwhile; and stops a fit past its sweep's CPU budget.
 */
class WorkerCpuTest {

    @TempDir
    Path dir;

    @Test
    void eachRunsFitIsMeteredUnderItsOwner() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: 2\nfit: {generations: 300, population: 20}\n");
        List<RunSpec> plan = Plans.of(sweepFile);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Instant since = Instant.now().minusSeconds(1);
        EventTap tap = new EventTap();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     log)) {
            long cpuBefore = os.getProcessCpuTime();
            Submitter.submit(db, sweepFile.toString(), plan, null, "alice", RunPriority.NORMAL, null, EventLog.NONE, id -> { });
            tap.await("finished", 2);
            double process = (os.getProcessCpuTime() - cpuBefore) / 1e9;

            List<CpuUse> uses = db.store().queue().cpuUses("alice", since);
            assertThat(uses).hasSize(2).allMatch(u -> u.seconds() > 0);
            assertThat(uses.stream().mapToDouble(CpuUse::seconds).sum()).isLessThanOrEqualTo(process);
            assertThat(db.store().queue().cpuUses("bob", since)).isEmpty();
        }
    }

    @Test
    void aFitPastItsSweepsCpuBudgetStopsWithItsBestSoFarMarked() throws Exception {
        Path model = Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
        // Far more generations than 0.3 CPU seconds allow (no early stop by spread): only the budget ends it.
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + model
                + "\nseeds: 1\nfit: {generations: 1000000, population: 20, minSpread: 0}\n");
        EventTap tap = new EventTap();
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             EventLog log = EventLog.to(tap, null);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 1, 1, dir.resolve("cache"), 0, Duration.ZERO),
                     log)) {
            String sweep = Submitter.submit(db, sweepFile.toString(), Plans.of(sweepFile), null, "gus", RunPriority.LOW, 0.3,
                    EventLog.NONE, id -> { }).sweep();
            tap.await("finished", 1);

            RunRow run = db.store().queue().runs(sweep).get(0);
            assertThat(run.status()).isEqualTo(RunStatus.DONE);
            assertThat(Double.isFinite(run.fom())).isTrue();
            JsonNode result = new ObjectMapper().readTree(db.store().files().runFiles(sweep, run.id()).get("result.json"));
            assertThat(result.path("stopReason").asText()).isEqualTo("CPU_BUDGET");
            assertThat(result.path("generations").asLong()).isBetween(1L, 999_999L);
            assertThat(db.store().queue().cpuUses("gus", Instant.EPOCH)).singleElement()
                    .satisfies(u -> assertThat(u.seconds()).isGreaterThanOrEqualTo(0.3));
            assertThat(db.store().queue().cpuLeft(sweep)).hasValueSatisfying(left -> assertThat(left).isLessThanOrEqualTo(0));
        }
    }
}
