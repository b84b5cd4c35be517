package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evofit.core.de.Checkpointing;
import org.evofit.core.de.DeCheckpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted run writes nothing; resumed from its checkpoint it writes the uninterrupted files. */
class RunExecutorCheckpointTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private RunSpec spec() {
        Fixture.models(dir);
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("restarts", "3");
        settings.put("restartGenerations", "6");
        settings.put("refine", "true");
        return new RunSpec("run1", dir.resolve("models/gauss-bkg.yaml").toAbsolutePath(), null, new TreeMap<>(), 4,
                settings);
    }

    @Test
    void anInterruptedRunWritesNothingAndItsResumedRunWritesTheUninterruptedFiles() throws IOException {
        RunSpec spec = spec();
        SweepDirectory plainStore = new SweepDirectory(dir.resolve("plain"));
        RunOutcome plain = new RunExecutor(plainStore, 1).execute(spec);
        assertThat(plain.ok()).isTrue();

        SweepDirectory store = new SweepDirectory(dir.resolve("resumed"));
        List<DeCheckpoint> saved = new ArrayList<>();
        // Stands in for a worker's shutdown: the thread is interrupted while the fit runs.
        RunOutcome stopped = new RunExecutor(store, 2).execute(spec, Checkpointing.every(5, null, c -> {
            saved.add(c);
            if (c.generation() == 15) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(Thread.interrupted()).isTrue();
        assertThat(stopped.status()).isEqualTo(RunOutcome.Status.INTERRUPTED);
        assertThat(stopped.ok()).isFalse();
        assertThat(filesIn(store.dir(spec.id()))).isEmpty();
        DeCheckpoint last = saved.get(saved.size() - 1);
        assertThat(last.generation()).isEqualTo(16);

        RunOutcome resumed = new RunExecutor(store, 1).execute(spec,
                Checkpointing.NONE.withResumeFrom(DeCheckpoint.fromBytes(last.toBytes())));
        assertThat(resumed.ok()).isTrue();
        assertThat(resumed.fom()).isEqualTo(plain.fom());
        for (String file : List.of("parameters.csv", "fit.csv", "history.csv")) {
            assertThat(Files.readAllBytes(store.dir(spec.id()).resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(plainStore.dir(spec.id()).resolve(file)));
        }
        assertThat(Files.readString(store.dir(spec.id()).resolve("parameters.csv"))).contains("g.height");
    }

    @Test
    void aRunStartedWithTheInterruptFlagSetWritesNeitherResultsNorAnError() throws IOException {
        RunSpec spec = spec();
        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        Thread.currentThread().interrupt();
        RunOutcome stopped = new RunExecutor(store, 1).execute(spec, Checkpointing.NONE);
        assertThat(stopped.interrupted()).isTrue();
        assertThat(filesIn(store.dir(spec.id()))).isEmpty();
    }

    private static List<Path> filesIn(Path runDir) throws IOException {
        if (!Files.exists(runDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runDir)) {
            return s.toList();
        }
    }
}
