package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code sequence:} file's own start values ({@code {file: a.dat, value: 10, start: {g.sigma: 0.8}}}),
 * as a GenX batch import writes them: they reach that file's runs, count in its run id and are
 * checked like {@code vary:} values, at their place in the sweep file.
 */
class SequenceStartTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        // g.sigma is fixed here, so the fit leaves it at its start and result.json shows which start it had.
        Fixture.gaussWithSigma(dir.resolve("models/fixed-sigma.yaml"), "1");
        Fixture.data(dir.resolve("data/a.dat"), 4.4);
        Fixture.data(dir.resolve("data/b.dat"), 5.6);
    }

    private List<RunSpec> plan(String text) {
        return SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), text)));
    }

    private ModelFileException mistake(String text) {
        Path file = Fixture.write(dir.resolve("sweep.yaml"), text);
        Throwable t = catchThrowable(() -> SweepPlan.expand(SweepFile.read(file)));
        assertThat(t).isInstanceOf(ModelFileException.class);
        return (ModelFileException) t;
    }

    @Test
    void eachFilesStartValuesReachItsOwnRunOnly() {
        List<RunSpec> runs = plan("""
                models: models/fixed-sigma.yaml
                sequence:
                  files:
                    - {file: data/b.dat, value: 2, start: {g.sigma: 0.8, g.center: 5.5}}
                    - {file: data/a.dat, value: 1}
                  keepFromLast: false
                """);
        assertThat(runs).extracting(r -> (Map<String, Double>) r.overrides())
                .containsExactly(Map.of(), Map.of("g.sigma", 0.8, "g.center", 5.5));

        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        LoopReport report = Looper.run(runs, store, new LocalDispatcher(1, new RunExecutor(store, 1)), o -> { });
        assertThat(report.failed()).isZero();
        assertThat(fixedSigma(store, runs.get(0).id())).as("the model's own value").isEqualTo(1.0);
        assertThat(fixedSigma(store, runs.get(1).id())).as("b.dat's start value").isEqualTo(0.8);
    }

    @Test
    void startValuesAddToVariedOnesAndChangeTheRunId() {
        String sweep = """
                models: models/gauss.yaml
                vary: {g.height: [9, 11]}
                sequence:
                  files: [{file: data/a.dat, value: 1, start: {g.sigma: %s}}]
                """;
        List<RunSpec> first = plan(sweep.formatted("0.8"));
        assertThat(first).extracting(r -> (Map<String, Double>) r.overrides())
                .containsExactly(Map.of("g.height", 9.0, "g.sigma", 0.8), Map.of("g.height", 11.0, "g.sigma", 0.8));

        List<RunSpec> same = plan(sweep.formatted("8e-1"));
        assertThat(same).extracting(RunSpec::id).as("the value counts, not its spelling")
                .isEqualTo(first.stream().map(RunSpec::id).toList());
        List<RunSpec> other = plan(sweep.formatted("0.9"));
        assertThat(other).extracting(RunSpec::id).doesNotContainAnyElementsOf(first.stream().map(RunSpec::id).toList());
        List<RunSpec> none = plan("""
                models: models/gauss.yaml
                vary: {g.height: [9, 11]}
                sequence:
                  files: [{file: data/a.dat, value: 1}]
                """);
        assertThat(none).extracting(RunSpec::id).doesNotContainAnyElementsOf(first.stream().map(RunSpec::id).toList());
    }

    @Test
    void badStartValuesAreLocated() {
        ModelFileException unknown = mistake("""
                models: models/gauss.yaml
                sequence:
                  files:
                    - {file: data/a.dat, value: 1, start: {g.width: 0.8}}
                """);
        assertThat(unknown.line()).isEqualTo(4);
        assertThat(unknown.column()).isEqualTo(44);
        assertThat(unknown.getMessage()).contains("unknown parameter 'g.width'").contains("g.sigma");

        ModelFileException outside = mistake("""
                models: models/gauss.yaml
                sequence:
                  files:
                    - {file: data/a.dat, value: 1}
                    - {file: data/b.dat, value: 2, start: {g.center: 5, g.sigma: 2.5}}
                """);
        assertThat(outside.line()).isEqualTo(5);
        assertThat(outside.column()).isEqualTo(66);
        assertThat(outside.getMessage()).contains("value 2.5 of g.sigma is outside its bounds [0.3, 2.0]");

        ModelFileException text = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [{file: data/a.dat, value: 1, start: {g.sigma: wide}}]
                """);
        assertThat(text.line()).isEqualTo(3);
        assertThat(text.column()).isEqualTo(57);
        assertThat(text.getMessage()).contains("'wide'");

        ModelFileException infinite = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [{file: data/a.dat, value: 1, start: {g.sigma: .inf}}]
                """);
        assertThat(infinite.line()).isEqualTo(3);
        assertThat(infinite.getMessage()).contains("expected a finite start value for g.sigma");

        ModelFileException list = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [{file: data/a.dat, value: 1, start: [0.8]}]
                """);
        assertThat(list.line()).isEqualTo(3);
        assertThat(list.getMessage()).contains("start");

        ModelFileException varied = mistake("""
                models: models/gauss.yaml
                vary: {g.sigma: [0.5, 1]}
                sequence:
                  files: [{file: data/a.dat, value: 1, start: {g.sigma: 0.8}}]
                """);
        assertThat(varied.line()).isEqualTo(4);
        assertThat(varied.column()).isEqualTo(48);
        assertThat(varied.getMessage()).contains("g.sigma").contains("vary:");
    }

    private static double fixedSigma(SweepDirectory store, String id) {
        for (var p : store.result(id).orElseThrow().path("parameters")) {
            if (p.path("name").asText().equals("g.sigma")) {
                assertThat(p.path("fit").asBoolean()).isFalse();
                return p.path("value").asDouble();
            }
        }
        throw new AssertionError("no g.sigma in " + id);
    }
}
