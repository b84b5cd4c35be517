package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code sequence:} entry with a model file of its own ({@code {file: b.dat, value: 2, model: m.yaml}}),
 * as a GenX batch import writes an entry that fits other parameters or within other bounds: that
 * entry's runs fit its model in their place in the sequence, the others the sweep's model.
 */
class SequenceEntryModelTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        Fixture.gaussWithSigma(dir.resolve("models/fixed-sigma.yaml"), "1");
        Fixture.gaussWithSigma(dir.resolve("models/free-sigma.yaml"), "{value: 1, min: 0.5, max: 2}");
        Fixture.data(dir.resolve("data/a.dat"), 4.4);
        Fixture.data(dir.resolve("data/b.dat"), 5.6);
    }

    @Test
    void anEntrysOwnModelFitsItsRunsAndTheOthersFitTheSweepsModel() {
        Path sweep = Fixture.write(dir.resolve("sweep.yaml"), """
                models: models/fixed-sigma.yaml
                sequence:
                  files:
                    - {file: data/a.dat, value: 1}
                    - {file: data/b.dat, value: 2, model: models/free-sigma.yaml, start: {g.sigma: 1.5}}
                  keepFromLast: true
                """);
        List<RunSpec> runs = SweepPlan.expand(SweepFile.read(sweep));
        assertThat(runs).extracting(r -> r.model().getFileName().toString())
                .containsExactly("fixed-sigma.yaml", "free-sigma.yaml");

        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        LoopReport report = Looper.run(runs, store, new LocalDispatcher(1, new RunExecutor(store, 1)), o -> { });
        assertThat(report.failed()).isZero();
    }

    @Test
    void startValuesAreCheckedAgainstTheEntrysOwnModel() {
        ModelFileException e = mistake("""
                models: models/fixed-sigma.yaml
                sequence:
                  files:
                    - {file: data/b.dat, value: 2, model: models/free-sigma.yaml, start: {g.sigma: 3}}
                """);
        assertThat(e).hasMessageContaining("sweep.yaml:4:").hasMessageContaining("value 3.0 of g.sigma is outside "
                + "its bounds [0.5, 2.0] in model free-sigma.yaml");
    }

    @Test
    void aMissingModelAndAnEntryModelBesideSeveralModelsAreRefusedWhereWritten() {
        assertThat(mistake("""
                models: models/fixed-sigma.yaml
                sequence:
                  files:
                    - {file: data/b.dat, value: 2, model: models/none.yaml}
                """)).hasMessageContaining("sweep.yaml:4:").hasMessageContaining("model file 'models/none.yaml' "
                + "not found");
        assertThat(mistake("""
                models: [models/fixed-sigma.yaml, models/free-sigma.yaml]
                sequence:
                  files:
                    - {file: data/b.dat, value: 2, model: models/free-sigma.yaml}
                """)).hasMessageContaining("sweep.yaml:4:").hasMessageContaining("models: lists 2");
    }

    private ModelFileException mistake(String text) {
        Path file = Fixture.write(dir.resolve("sweep.yaml"), text);
        Throwable t = catchThrowable(() -> SweepPlan.expand(SweepFile.read(file)));
        assertThat(t).isInstanceOf(ModelFileException.class);
        return (ModelFileException) t;
    }
}
