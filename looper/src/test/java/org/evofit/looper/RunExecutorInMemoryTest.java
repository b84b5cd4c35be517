package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evofit.core.de.Checkpointing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose files are kept in memory has the files a run written into its directory has, and writes none. */
class RunExecutorInMemoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RunSpec spec(String model, TreeMap<String, String> settings) {
        Fixture.models(dir);
        return new RunSpec("run1", dir.resolve(model).toAbsolutePath(), null, new TreeMap<>(), 4, settings);
    }

    @Test
    void theKeptFilesAreTheFilesTheRunWritesAndNothingIsWritten() throws IOException {
        RunSpec spec = spec("models/gauss-bkg.yaml", new TreeMap<>(Map.of("generations", "30")));
        SweepDirectory written = new SweepDirectory(dir.resolve("written"));
        RunOutcome onDisk = new RunExecutor(written, 1).execute(spec);
        SweepDirectory kept = new SweepDirectory(dir.resolve("kept"));
        RunExecutor.KeptRun inMemory = new RunExecutor(kept, 1).executeInMemory(spec, Checkpointing.NONE);

        assertThat(onDisk.ok()).isTrue();
        assertThat(inMemory.outcome().ok()).isTrue();
        assertThat(inMemory.outcome().fom()).isEqualTo(onDisk.fom());
        Path runDir = written.dir(spec.id());
        assertThat(inMemory.files().keySet()).containsExactlyInAnyOrderElementsOf(names(runDir)).contains("result.json");
        assertThat(List.copyOf(inMemory.files().keySet())).last().isEqualTo("result.json");
        for (String file : List.of("fit.csv", "parameters.csv", "history.csv", "model.json")) {
            assertThat(inMemory.files().get(file)).as(file).isEqualTo(Files.readString(runDir.resolve(file)));
        }
        // result.json differs in its timing only.
        JsonNode fromDisk = JSON.readTree(Files.readString(runDir.resolve("result.json")));
        JsonNode fromMemory = JSON.readTree(inMemory.files().get("result.json"));
        assertThat(fromMemory.path("parameters")).isEqualTo(fromDisk.path("parameters"));
        assertThat(fromMemory.path("provenance")).isEqualTo(fromDisk.path("provenance"));
        assertThat(fromMemory.path("fom").asDouble()).isEqualTo(onDisk.fom());
        assertThat(Files.exists(kept.dir(spec.id()))).isFalse();
    }

    @Test
    void aFailingRunKeepsTheErrorTheRunWrites() throws IOException {
        RunSpec spec = spec("models/none.yaml", new TreeMap<>());
        SweepDirectory written = new SweepDirectory(dir.resolve("written"));
        RunOutcome onDisk = new RunExecutor(written, 1).execute(spec);
        RunExecutor.KeptRun inMemory = new RunExecutor(new SweepDirectory(dir.resolve("kept")), 1)
                .executeInMemory(spec, Checkpointing.NONE);

        assertThat(inMemory.outcome().status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(inMemory.outcome().message()).isEqualTo(onDisk.message()).contains("none.yaml");
        assertThat(inMemory.files()).containsOnlyKeys(SweepDirectory.ERROR_TXT);
        assertThat(inMemory.files().get(SweepDirectory.ERROR_TXT))
                .isEqualTo(Files.readString(written.dir(spec.id()).resolve(SweepDirectory.ERROR_TXT)));
    }

    @Test
    void aRunThatSamplesItsPosteriorIsRefused() {
        RunSpec spec = spec("models/gauss-bkg.yaml", new TreeMap<>(Map.of("sample.walkers", "10", "sample.steps", "300", "sample.burn", "100", "sample.thin", "1")));
        assertThat(RunExecutor.samples(spec)).isTrue();
        assertThatThrownBy(() -> new RunExecutor(new SweepDirectory(dir.resolve("kept")), 1).executeInMemory(spec,
                Checkpointing.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    }

    private static List<String> names(Path runDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(runDir)) {
            s.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }
}
