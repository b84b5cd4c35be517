package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.JdbcRunStore;
import org.evofit.dispatch.Lease;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.TestDatabase;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code evofit prune} on a SQLite and on a PostgreSQL store. */
class PruneCommandTest {

    @TempDir
    Path dir;

    private static RunSpec spec(String id) {
        return new RunSpec(id, Path.of("/m/model.yaml"), Path.of("/d/" + id + ".dat"), new TreeMap<>(Map.of("p", 1.0)),
                3, new TreeMap<>(), null, null, false);
    }

    private interface StoreTest {
        void run(JdbcRunStore store, String[] dbArgs) throws Exception;
    }

    private void with(String kind, StoreTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 2)) {
            Path config = Files.writeString(dir.resolve("evofit.properties"),
                    t.config().user() == null ? "" : "user=" + t.config().user() + "\n");
            test.run(new JdbcRunStore(db.dataSource()), new String[] {"--db", t.config().url(), "--config", config.toString()});
        }
    }

    /** Sweep "done" (one run with a 5-byte result) and sweep "busy" (one running run, one queued). */
    private static void sweeps(JdbcRunStore store) {
        store.queue().addSweep("done", "d.yaml", List.of(spec("d1")), Map.of("/x/data.dat", "12345678".getBytes(StandardCharsets.UTF_8)));
        Lease lease = store.leases().claim("done", "d1", "w").orElseThrow();
        store.leases().recordResult(lease, 0.5, Map.of("result.json", "{...}".getBytes(StandardCharsets.UTF_8)));
        store.queue().addSweep("busy", "b.yaml", List.of(spec("b1"), spec("b2")), Map.of());
        store.leases().claim("busy", "b1", "w").orElseThrow();
    }

    private static Cli.Run prune(String[] dbArgs, String... args) {
        return Cli.run(ClusterTest.concat(ClusterTest.concat(new String[] {"prune", "--quiet"}, args), dbArgs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSweepWithRunningRunsIsRefusedNamingItUnlessForced(String kind) throws Exception {
        with(kind, (store, db) -> {
            sweeps(store);
            Cli.Run refused = prune(db, "done", "busy");
            assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(refused.err()).contains("sweep busy has 2 queued or running runs").contains("nothing was deleted");
            assertThat(store.queue().hasSweep("done")).isTrue();
            assertThat(store.queue().run("busy", "b1").orElseThrow().status()).isEqualTo(RunStatus.RUNNING);

            Cli.Run forced = prune(db, "busy", "--force");
            assertThat(forced.exitCode()).as(forced.err()).isZero();
            assertThat(forced.out()).contains("pruned 1 sweeps, 2 runs, 0 bytes");
            assertThat(store.queue().hasSweep("busy")).isFalse();
            assertThat(store.queue().hasSweep("done")).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDryRunPrintsWhatPruningThenDeletes(String kind) throws Exception {
        with(kind, (store, db) -> {
            sweeps(store);
            String line = "sweep done: 1 runs, 5 bytes of results and checkpoints, 1 input files (8 bytes), 0 Quartz jobs";
            Cli.Run dry = prune(db, "done", "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("would prune " + line).contains("would prune 1 sweeps, 1 runs, 13 bytes");
            assertThat(store.files().runFiles("done", "d1")).containsKey("result.json");
            assertThat(store.files().inputs("done")).hasSize(1);

            Cli.Run real = prune(db, "--finished-before", java.time.Instant.now().plusSeconds(3600).toString());
            // "busy" has not ended, so only "done" is taken, with the figures the dry run foresaw.
            assertThat(real.exitCode()).as(real.err()).isZero();
            assertThat(real.out()).isEqualTo("pruned " + line + "\npruned 1 sweeps, 1 runs, 13 bytes\n");
            assertThat(store.queue().hasSweep("done")).isFalse();
            assertThat(store.queue().hasSweep("busy")).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void badArgumentsExitTwoAndDeleteNothing(String kind) throws Exception {
        with(kind, (store, db) -> {
            sweeps(store);
            assertThat(prune(db).exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(prune(db, "done", "--finished-before", "30d").exitCode()).isEqualTo(Main.BAD_INPUT);
            Cli.Run badDate = prune(db, "--finished-before", "last tuesday");
            assertThat(badDate.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(badDate.err()).contains("--finished-before: 'last tuesday'");
            Cli.Run unknown = prune(db, "done", "nosuch");
            assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(unknown.err()).contains("no sweep nosuch");
            assertThat(store.queue().hasSweep("done")).isTrue();
        });
    }
}
