package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code evofit submit} queues for a model file and for a sweep file. */
class PlansTest {

    @TempDir
    Path dir;

    private static Path peaks() {
        return Path.of("").toAbsolutePath().getParent().resolve("examples/peaks/model.yaml");
    }

    @Test
    void aModelFileIsOneRunWithTheModelsOwnSeedAndData() {
        List<RunSpec> runs = Plans.of(peaks());
        assertThat(Plans.isSweep(peaks())).isFalse();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).model()).isEqualTo(peaks());
        assertThat(runs.get(0).seed()).isEqualTo(1);
        assertThat(runs.get(0).data()).isNull();
        // Its data file travels with it.
        assertThat(InputFiles.collect(runs)).containsOnlyKeys(peaks().toString(),
                peaks().resolveSibling("peakfit_gauss.dat").toString());
    }

    @Test
    void aSweepFileIsItsPlan() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), "models: " + peaks() + "\nseeds: 3\n");
        assertThat(Plans.isSweep(sweep)).isTrue();
        assertThat(Plans.of(sweep)).extracting(RunSpec::seed).containsExactly(1L, 2L, 3L);
    }
}
