package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evofit.looper.LoopReport;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local-run API, called as a notebook would call it: no command line in between. */
class LocalSweepTest {

    @TempDir
    Path dir;

    private static Path peaks() {
        return Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
    }

    @Test
    void aSweepRunLocallyIsRecordedInTheDirectorysSqliteStoreAndIsNotRunTwice() throws Exception {
        Path sweepFile = Files.writeString(dir.resolve("sweep.yaml"), "models: " + peaks()
                + "\nseeds: 2\nfit: {generations: 10, population: 12}\n");
        Path out = dir.resolve("out");
        LocalOptions options = new LocalOptions(2, 1, Duration.ZERO);

        LocalSweep sweep = LocalSweep.plan(sweepFile, out);
        assertThat(sweep.runs()).hasSize(2);
        assertThat(sweep.done()).isZero();
        List<RunOutcome> told = new ArrayList<>();
        LoopReport report = sweep.run(options, told::add);

        assertThat(report.allSucceeded()).isTrue();
        assertThat(report.succeeded()).isEqualTo(2);
        assertThat(told).extracting(o -> o.spec().id()).containsExactlyInAnyOrderElementsOf(
                sweep.runs().stream().map(RunSpec::id).toList());
        try (Database db = Database.open(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1)) {
            RunStore store = db.store();
            List<RunRow> rows = store.queue().runs(LocalRecorder.SWEEP);
            assertThat(rows).extracting(RunRow::status).containsOnly(RunStatus.DONE);
            assertThat(rows).extracting(RunRow::worker).containsOnly(LocalRecorder.WORKER);
            for (RunRow row : rows) {
                assertThat(store.files().runFiles(LocalRecorder.SWEEP, row.id()).get("result.json"))
                        .isEqualTo(Files.readAllBytes(sweep.directory().dir(row.id()).resolve("result.json")));
            }
        }

        LocalSweep again = LocalSweep.plan(sweepFile, out);
        assertThat(again.done()).isEqualTo(2);
        LoopReport second = again.run(options, o -> { });
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(second.succeeded()).isEqualTo(2);
    }

    @Test
    void aCheckpointTheStoreRefusesCostsAWarningNotTheFit() throws Exception {
        Path sweepFile = twoRunSweep();
        Path out = Files.createDirectories(dir.resolve("out"));
        // The store refuses every checkpoint, as a full disk would.
        inStore(out, "CREATE TRIGGER no_checkpoints BEFORE INSERT ON checkpoints BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        LocalSweep sweep = LocalSweep.plan(sweepFile, out);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        // A checkpoint at every generation boundary (no cost cap): each of the ten is refused.
        LoopReport report = sweep.run(new LocalOptions(2, 1, Duration.ofNanos(1), 0), o -> { }, warnings::add);

        assertThat(report.allSucceeded()).isTrue();
        Path reference = dir.resolve("reference");
        assertThat(LocalSweep.plan(sweepFile, reference).run(new LocalOptions(2, 1, Duration.ZERO), o -> { }).allSucceeded())
                .isTrue();
        for (RunSpec r : sweep.runs()) {
            assertThat(Files.readString(sweep.directory().dir(r.id()).resolve("parameters.csv"))).as(r.id())
                    .isEqualTo(Files.readString(reference.resolve("runs").resolve(r.id()).resolve("parameters.csv")));
            List<String> about = warnings.stream().filter(w -> w.startsWith("run " + r.id() + ": ")).toList();
            // One warning as it happens, one count at the end: not one line per checkpoint.
            assertThat(about).hasSize(2);
            assertThat(about.get(0)).contains("checkpoint not saved, the fit goes on").contains("disk full");
            assertThat(about.get(1)).matches(".*: \\d+ checkpoint failures in all.*");
        }
        assertThat(warnings).hasSize(4);
        try (Database db = Database.open(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1)) {
            assertThat(db.store().queue().runs(LocalRecorder.SWEEP)).extracting(RunRow::status).containsOnly(RunStatus.DONE);
        }
    }

    @Test
    void anOutcomeTheStoreRefusesCostsAWarningAndTheNextLoopRecordsIt() throws Exception {
        Path sweepFile = twoRunSweep();
        Path out = Files.createDirectories(dir.resolve("out"));
        // The store refuses to record a run as done, as a full disk or a lock held too long would.
        inStore(out, "CREATE TRIGGER no_results BEFORE UPDATE OF status ON runs WHEN NEW.status = 'done' "
                + "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        LocalSweep sweep = LocalSweep.plan(sweepFile, out);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        LoopReport report = sweep.run(new LocalOptions(2, 1, Duration.ZERO), o -> { }, warnings::add);

        assertThat(report.allSucceeded()).isTrue();
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("its outcome is not in evofit.db",
                "disk full", "are complete, and the next loop into " + out + " records it"));
        try (Database db = Database.open(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1)) {
            assertThat(db.store().queue().runs(LocalRecorder.SWEEP)).extracting(RunRow::status).doesNotContain(RunStatus.DONE);
        }
        inStore(out, "DROP TRIGGER no_results");
        LocalSweep again = LocalSweep.plan(sweepFile, out);
        LoopReport second = again.run(new LocalOptions(2, 1, Duration.ZERO), o -> { }, warnings::add);
        assertThat(second.skipped()).as("runs found done on disk, not fitted again").isEqualTo(2);
        assertThat(warnings).hasSize(2);
        try (Database db = Database.open(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1)) {
            assertThat(db.store().queue().runs(LocalRecorder.SWEEP)).extracting(RunRow::status).containsOnly(RunStatus.DONE);
        }
    }

    /** A sweep of two short fits of the peaks example. */
    private Path twoRunSweep() throws Exception {
        return Files.writeString(dir.resolve("sweep.yaml"), "models: " + peaks()
                + "\nseeds: 2\nfit: {generations: 10, population: 12}\n");
    }

    /** Runs one statement on the SQLite store of the loop into {@code out} (to stage a failure). */
    private static void inStore(Path out, String statement) throws Exception {
        try (Database db = Database.open(DbConfig.sqlite(out.resolve(LocalRecorder.DB_FILE)), 1);
             Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
