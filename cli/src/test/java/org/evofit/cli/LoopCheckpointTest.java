package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.JdbcRunStore;
import org.evofit.dispatch.LocalRecorder;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.StoredCheckpoint;
import org.evofit.dispatch.AwaitProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SIGKILLed {@code evofit loop} resumes its fit from the checkpoint in DIR/evofit.db, to the uninterrupted result. */
class LoopCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void aKilledLoopResumesItsFitMidwayToTheUninterruptedFiles() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + Cli.repo("examples/xray-multilayer/model.yaml")
                + "\nseeds: [5]\nfit: {generations: 3000, population: 20, restarts: 1}\n");
        Path killed = dir.resolve("killed");
        Process loop = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "loop", sweep.toString(), "--out",
                killed.toString(), "--jobs", "1", "--threads", "1", "--checkpoint-seconds", "0.5", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        int atKill;
        try {
            AwaitProgress.until("a first checkpoint", () -> checkpointGeneration(killed) > 0 || !loop.isAlive(),
                    () -> AwaitProgress.files(killed), () -> "");
            assertThat(loop.isAlive()).as("the loop is still fitting when it is killed").isTrue();
            loop.destroyForcibly();
            loop.waitFor();   // SIGKILL cannot be ignored
            atKill = checkpointGeneration(killed);
            assertThat(atKill).isPositive();
        } finally {
            loop.destroyForcibly();
        }

        Cli.Run resumed = Cli.run("loop", sweep.toString(), "--out", killed.toString(), "--quiet");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        try (Database db = Database.open(DbConfig.sqlite(killed.resolve(LocalRecorder.DB_FILE)), 1)) {
            RunRow row = new JdbcRunStore(db.dataSource()).queue().runs(LocalRecorder.SWEEP).get(0);
            assertThat(row.resumedFrom()).isGreaterThanOrEqualTo(atKill);
            assertThat(row.attempts()).isEqualTo(2);
            // The finished run's checkpoint went with its result (it is never resumed again).
            assertThat(new JdbcRunStore(db.dataSource()).checkpoints().latest(LocalRecorder.SWEEP, row.id())).isEmpty();
        }
        Path whole = dir.resolve("whole");
        assertThat(Cli.run("loop", sweep.toString(), "--out", whole.toString(), "--quiet").exitCode()).isZero();
        String run = Files.list(whole.resolve("runs")).findFirst().orElseThrow().getFileName().toString();
        for (String file : List.of("parameters.csv", "fit.csv", "history.csv")) {
            assertThat(Files.readAllBytes(killed.resolve("runs").resolve(run).resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(whole.resolve("runs").resolve(run).resolve(file)));
        }
        assertThat(Files.readString(killed.resolve("summary.csv"))).isEqualTo(Files.readString(whole.resolve("summary.csv")));
    }

    /** The generation of the run's checkpoint in the loop's store, 0 while there is none. */
    private static int checkpointGeneration(Path out) {
        Path file = out.resolve(LocalRecorder.DB_FILE);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Database db = Database.open(DbConfig.sqlite(file), 1)) {
            JdbcRunStore store = new JdbcRunStore(db.dataSource());
            List<RunRow> rows = store.queue().runs(LocalRecorder.SWEEP);
            return rows.isEmpty() ? 0 : store.checkpoints().latest(LocalRecorder.SWEEP, rows.get(0).id())
                    .map(StoredCheckpoint::generation).orElse(0);
        } catch (RuntimeException e) {
            return 0;   // the loop is creating the store right now
        }
    }
}
