package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and expanding sweep files: grids, zips, ranges, stable ids, located mistakes. */
class SweepFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        Fixture.data(dir.resolve("data/a.dat"), 4.5);
        Fixture.data(dir.resolve("data/b.dat"), 5.0);
        Fixture.data(dir.resolve("data/c.dat"), 5.5);
    }

    private List<RunSpec> plan(String text) {
        return SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), text)));
    }

    private ModelFileException mistake(String text) {
        Path file = Fixture.write(dir.resolve("sweep.yaml"), text);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> SweepPlan.expand(SweepFile.read(file)));
        assertThat(t).isInstanceOf(ModelFileException.class);
        return (ModelFileException) t;
    }

    @Test
    void gridIsTheProductOfModelsDataParametersAndSeeds() {
        List<RunSpec> runs = plan("""
                models: [models/*.yaml]
                data: ["data/[abc].dat"]
                vary:
                  g.center: [4, 5]
                  g.sigma: {from: 0.5, to: 1.5, steps: 3}
                seeds: 2
                fit: {generations: 5}
                """);
        assertThat(runs).hasSize(2 * 3 * 2 * 3 * 2);
        assertThat(runs).extracting(RunSpec::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{12}"));
        assertThat(runs).extracting(r -> r.overrides().get("g.sigma")).containsOnly(0.5, 1.0, 1.5);
        assertThat(runs).extracting(RunSpec::seed).containsOnly(1L, 2L);
        assertThat(runs.get(0).settings()).containsEntry("generations", "5");
        assertThat(runs.get(0).model().getFileName().toString()).isEqualTo("gauss-bkg.yaml");
    }

    @Test
    void zipTakesTheAxesTogether() {
        List<RunSpec> runs = plan("""
                models: models/gauss.yaml
                vary: {g.center: [4, 5, 6], g.sigma: [0.5, 1, 1.5]}
                zip: true
                """);
        assertThat(runs).hasSize(3);
        assertThat(runs.get(2).overrides()).containsEntry("g.center", 6.0).containsEntry("g.sigma", 1.5);
        assertThat(runs.get(0).seed()).as("the model's own seed").isEqualTo(1L);
        assertThat(runs.get(0).data()).isNull();
    }

    @Test
    void idsAreStableAndEditingASweepOnlyAddsRuns() {
        String sweep = "models: [models/gauss.yaml]\ndata: [data/a.dat, data/b.dat]\nseeds: [3, 4]\n";
        List<String> first = plan(sweep).stream().map(RunSpec::id).toList();
        assertThat(plan(sweep).stream().map(RunSpec::id).toList()).isEqualTo(first);
        List<String> more = plan(sweep.replace("[3, 4]", "[3, 4, 5]")).stream().map(RunSpec::id).toList();
        assertThat(more).hasSize(6).containsAll(first);
        // Content counts, not the way it is written: 5 and 5.0 are one value.
        assertThat(plan("models: models/gauss.yaml\nvary: {g.center: [5]}\n").get(0).id())
                .isEqualTo(plan("models: models/gauss.yaml\nvary: {g.center: [5.0]}\n").get(0).id());
        // A changed data file is a new run.
        Fixture.data(dir.resolve("data/a.dat"), 4.6);
        assertThat(plan(sweep).stream().map(RunSpec::id).toList()).hasSize(4).doesNotContain(first.get(0));
    }

    @Test
    void unknownKeyIsLocated() {
        ModelFileException e = mistake("models: models/gauss.yaml\nsead: 3\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("sweep.yaml:2:1").contains("unknown key 'sead'");
    }

    @Test
    void globMatchingNothingIsLocated() {
        ModelFileException e = mistake("models: models/gauss.yaml\ndata:\n  - data/*.ort\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("matches no file");
    }

    @Test
    void unknownParameterIsLocated() {
        ModelFileException e = mistake("models: models/*.yaml\nvary:\n  g.centre: [4, 5]\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("unknown parameter 'g.centre'").contains("g.center");
    }

    @Test
    void valueOutsideTheBoundsIsLocated() {
        ModelFileException e = mistake("models: models/gauss.yaml\nvary:\n  g.center: [4, 9]\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(17);
        assertThat(e.getMessage()).contains("outside its bounds [3.0, 7.0]");
    }

    @Test
    void badOptimizerSettingIsLocated() {
        ModelFileException e = mistake("models: models/gauss.yaml\nfit:\n  strategy: best_2_bin\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("unknown strategy");
        assertThatThrownBy(() -> plan("models: models/gauss.yaml\nfit: {population: 2}\n"))
                .hasMessageContaining("population must be at least 4");
    }
}
