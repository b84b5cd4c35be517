package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sequence:} in sweep files: values, order, chains, resume, bounds, located mistakes. */
class SequenceSweepTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        // Written out of order on purpose: the sequence, not the file system, orders the runs.
        Fixture.data(dir.resolve("data/scan_T300K.dat"), 5.6);
        Fixture.data(dir.resolve("data/scan_T20K.dat"), 4.4);
        Fixture.data(dir.resolve("data/scan_T100.5K.dat"), 5.0);
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

    private static final String REGEX = "valueFrom: {regex: \"T(\\\\d+(?:\\\\.\\\\d+)?)K\"}";

    @Test
    void regexValuesOrderTheRunsAndChainThem() {
        List<RunSpec> runs = plan("""
                models: models/gauss.yaml
                sequence:
                  files: [data/scan_T300K.dat, data/scan_T20K.dat, data/scan_T100.5K.dat]
                  %s
                """.formatted(REGEX));
        assertThat(runs).extracting(RunSpec::sequence).containsExactly(20.0, 100.5, 300.0);
        assertThat(runs).extracting(r -> r.data().getFileName().toString())
                .containsExactly("scan_T20K.dat", "scan_T100.5K.dat", "scan_T300K.dat");
        assertThat(runs.get(0).startFrom()).isNull();
        assertThat(runs.get(1).startFrom()).isEqualTo(runs.get(0).id());
        assertThat(runs.get(2).startFrom()).isEqualTo(runs.get(1).id());
        assertThat(runs).noneMatch(RunSpec::adjustBounds);
        assertThat(Chains.of(runs)).hasSize(1);
        assertThat(runs).allMatch(r -> r.sequenceAxis().isUnknown());
        assertThat(PlanJson.format(runs)).doesNotContain("sequenceLabel", "sequenceUnit");
    }

    @Test
    void explicitValuesAndIndependentRuns() {
        List<RunSpec> runs = plan("""
                models: models/gauss.yaml
                seeds: 2
                sequence:
                  files: [{file: data/scan_T20K.dat, value: 7}, {file: data/scan_T300K.dat, value: -1}]
                  keepFromLast: false
                """);
        assertThat(runs).hasSize(4);
        assertThat(runs).extracting(RunSpec::sequence).containsExactly(-1.0, 7.0, -1.0, 7.0);
        assertThat(runs).extracting(RunSpec::seed).containsExactly(1L, 1L, 2L, 2L);
        assertThat(runs).allMatch(r -> r.startFrom() == null);
        assertThat(Chains.of(runs)).hasSize(4);
    }

    @Test
    void ortHeaderValues() {
        String path = "data_source.sample.sample_parameters.temperature.magnitude";
        ort(dir.resolve("data/b.ort"), 77.5);
        ort(dir.resolve("data/a.ort"), 300);
        List<RunSpec> runs = plan("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: %s}
                  adjustBounds: true
                """.formatted(path));
        assertThat(runs).extracting(RunSpec::sequence).containsExactly(77.5, 300.0);
        assertThat(runs.get(0).data().getFileName().toString()).isEqualTo("b.ort");
        assertThat(runs.get(0).adjustBounds()).as("nothing to start from").isFalse();
        assertThat(runs.get(1).adjustBounds()).isTrue();
        // The quantity is the key above magnitude, the unit the header's own beside it.
        assertThat(runs).allMatch(r -> r.sequenceAxis().equals(new SequenceAxis("temperature", "K")));
        assertThat(PlanJson.format(runs)).contains("\"sequenceLabel\" : \"temperature\"", "\"sequenceUnit\" : \"K\"");

        ModelFileException e = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: data_source.sample.name}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.getMessage()).contains("has no number at 'data_source.sample.name'");
    }

    /**
     * The header value is read without the data block (issue 15): rows a reader would refuse, and the
     * angle-dispersive GenX layout, do not keep the planner from the temperature; the run reads the data.
     */
    @Test
    void ortHeaderValuesAreReadWithoutTheDataBlock() {
        Fixture.write(dir.resolve("data/bad_rows.ort"), ortText(12.5) + "0.06 not-a-number\n");
        Fixture.write(dir.resolve("data/angles.ort"), ortText(40).replace("{name: Qz, unit: 1/angstrom}",
                "{name: tth, unit: degree}").replace("# - {name: R}", "# - {name: I}\n# - {name: sI}")
                .replaceAll("(?m)^(0\\.0\\d) (\\S+)$", "$1 $2 0.01"));

        List<RunSpec> runs = plan("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: data_source.sample.sample_parameters.temperature.magnitude}
                """);

        assertThat(runs).extracting(RunSpec::sequence).containsExactly(12.5, 40.0);
        assertThatThrownBy(() -> org.evofit.wrapper.ort.OrtReader.read(dir.resolve("data/bad_rows.ort")))
                .hasMessageContaining("bad_rows.ort:16:6: expected a number for column 2 (R)");
    }

    /**
     * An .ort file in a sweep takes the model's columns: when they are in ORSO's order (as a GenX import's
     * x: 0, y: 1, error: 2 are) and is refused when the sweep is planned otherwise (issue 15: it failed every run).
     */
    @Test
    void ortFilesAndTheModelsColumnsAreCheckedWhenTheSweepIsPlanned() throws IOException {
        ort(dir.resolve("data/a.ort"), 300);
        String gauss = Files.readString(dir.resolve("models/gauss.yaml"));
        Fixture.write(dir.resolve("models/genx.yaml"), gauss.replace("file: ../data/own.dat}",
                "file: ../data/own.dat, columns: {x: 0, y: 1}}"));
        Fixture.write(dir.resolve("models/swapped.yaml"), gauss.replace("file: ../data/own.dat}",
                "file: ../data/own.dat, columns: {x: 1, y: 0}}"));
        String sweep = """
                models: models/%s.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: data_source.sample.sample_parameters.temperature.magnitude}
                """;

        assertThat(plan(sweep.formatted("genx"))).hasSize(1);
        ModelFileException e = mistake(sweep.formatted("swapped"));
        assertThat(e.getMessage()).contains("swapped.yaml: the sweep's data file a.ort is an .ort file, which names"
                + " its own columns, but the model's first data entry reads columns x=1, y=0");
    }

    @Test
    void theSweepFileNamesTheSequenceAboveWhatTheHeadersSay() {
        ort(dir.resolve("data/b.ort"), 77.5);
        List<RunSpec> named = plan("""
                models: models/gauss.yaml
                sequence:
                  files: [data/scan_T20K.dat]
                  %s
                  label: set point
                  unit: °C
                """.formatted(REGEX));
        assertThat(named.get(0).sequenceAxis()).isEqualTo(new SequenceAxis("set point", "°C"));

        List<RunSpec> unitOnly = plan("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: data_source.sample.sample_parameters.temperature.magnitude}
                  unit: mK
                """);
        assertThat(unitOnly.get(0).sequenceAxis()).isEqualTo(new SequenceAxis("temperature", "mK"));

        // A bare number in the header: its key names it, no unit is made up.
        Fixture.write(dir.resolve("plain/p.ort"), ortText(10).replace("temperature: {magnitude: 10.0, unit: K}",
                "pressure: 3"));
        List<RunSpec> bare = plan("""
                models: models/gauss.yaml
                sequence:
                  files: ["plain/*.ort"]
                  valueFrom: {ort: data_source.sample.sample_parameters.pressure}
                """);
        assertThat(bare.get(0).sequence()).isEqualTo(3.0);
        assertThat(bare.get(0).sequenceAxis()).isEqualTo(new SequenceAxis("pressure", null));
    }

    @Test
    void headersInDifferentUnitsOrBadNamesAreLocatedMistakes() {
        ort(dir.resolve("data/a.ort"), 300);
        Fixture.write(dir.resolve("data/b.ort"), ortText(0.3).replace("unit: K", "unit: mK"));
        ModelFileException mixed = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/*.ort"]
                  valueFrom: {ort: data_source.sample.sample_parameters.temperature.magnitude}
                """);
        assertThat(mixed.line()).isEqualTo(4);
        assertThat(mixed.getMessage()).contains("different units (K, mK)");

        ModelFileException list = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [data/scan_T20K.dat]
                  %s
                  label: [temperature]
                """.formatted(REGEX));
        assertThat(list.line()).isEqualTo(5);
        assertThat(list.getMessage()).contains("expected a short text for label");

        ModelFileException blank = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [data/scan_T20K.dat]
                  %s
                  unit: "  "
                """.formatted(REGEX));
        assertThat(blank.line()).isEqualTo(5);
        assertThat(blank.column()).isEqualTo(9);
        assertThat(blank.getMessage()).contains("one-line text of 1 to 40 characters for unit");
    }

    private static void ort(Path file, double kelvin) {
        Fixture.write(file, ortText(kelvin));
    }

    private static String ortText(double kelvin) {
        return "# # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/\n"
                + "# data_source:\n"
                + "#   owner: {name: T}\n"
                + "#   sample:\n"
                + "#     name: film\n"
                + "#     sample_parameters:\n"
                + "#       temperature: {magnitude: " + kelvin + ", unit: K}\n"
                + "# columns:\n"
                + "# - {name: Qz, unit: 1/angstrom}\n"
                + "# - {name: R}\n"
                + "0.01 1.0\n0.02 0.5\n0.03 0.2\n0.04 0.1\n0.05 0.05\n";
    }

    @Test
    void aResumedChainSkipsItsFinishedPrefixAndContinuesFromItsLastResult() throws IOException {
        String sweep = """
                models: models/gauss-bkg.yaml
                fit: {generations: 15}
                sequence:
                  files: ["data/scan_T*K.dat"]
                  %s
                """.formatted(REGEX);
        List<RunSpec> runs = plan(sweep);
        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        // A first session that only got through the first run.
        Looper.run(runs.subList(0, 1), store, new LocalDispatcher(2, new RunExecutor(store, 1)), o -> { });
        double firstCenter = parameter(store, runs.get(0).id(), "g.center");

        List<String> ran = new ArrayList<>();
        LoopReport report = Looper.run(plan(sweep), store, new LocalDispatcher(2, new RunExecutor(store, 1)),
                o -> ran.add(o.spec().id()));
        assertThat(report).isEqualTo(new LoopReport(3, 1, 3, 0));
        assertThat(ran).as("in chain order, after the finished first run")
                .containsExactly(runs.get(1).id(), runs.get(2).id());
        // Each run fitted its own data file (how the start is taken is ChainStart's test below).
        assertThat(firstCenter).isCloseTo(4.4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(parameter(store, runs.get(1).id(), "g.center")).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.1));

        List<String> summary = Files.readAllLines(dir.resolve("out").resolve(Looper.SUMMARY_CSV));
        assertThat(summary.get(0)).startsWith("id,model,data,seed,sequence,status,fom,");
        assertThat(summary.get(1)).contains(",20.0,ok,");
        assertThat(summary.get(2)).contains(",100.5,ok,");
        assertThat(Files.readString(dir.resolve("out").resolve(Looper.SWEEP_JSON)))
                .contains("\"startFrom\" : \"" + runs.get(0).id() + "\"");

        // A new first data file changes every id of the chain after it, not just its own.
        Fixture.data(dir.resolve("data/scan_T20K.dat"), 4.3);
        List<RunSpec> edited = plan(sweep);
        assertThat(edited).extracting(RunSpec::id).doesNotContainAnyElementsOf(runs.stream().map(RunSpec::id).toList());
    }

    private static double parameter(SweepDirectory store, String id, String name) {
        for (var p : store.result(id).orElseThrow().path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void chainStartTakesTheFittedValuesAndCanRecentreTheBounds() {
        ModelDefinition model = ModelFiles.load(dir.resolve("models/gauss.yaml"));
        var previous = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var params = previous.putArray("parameters");
        params.addObject().put("name", "g.center").put("value", 6.5).put("fit", true);
        params.addObject().put("name", "g.sigma").put("value", 0.5).put("fit", false);

        ModelDefinition kept = ChainStart.apply(model, previous, false);
        Parameter center = kept.problem().parameters().get(kept.problem().slotOf("g.center"));
        assertThat(center).isEqualTo(new Parameter("g.center", 6.5, true, 3, 7));
        assertThat(kept.problem().parameters().get(kept.problem().slotOf("g.sigma")).value())
                .as("not fitted then: the model's own start").isEqualTo(1.0);

        ModelDefinition moved = ChainStart.apply(model, previous, true);
        assertThat(moved.problem().parameters().get(moved.problem().slotOf("g.center")))
                .isEqualTo(new Parameter("g.center", 6.5, true, 4.5, 8.5));
    }

    @Test
    void mistakesAreLocated() {
        ModelFileException noGroup = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: ["data/scan_*.dat"]
                  valueFrom: {regex: "T\\\\d+K"}
                """);
        assertThat(noGroup.line()).isEqualTo(4);
        assertThat(noGroup.column()).isEqualTo(22);
        assertThat(noGroup.getMessage()).contains("has no capturing group");

        Fixture.data(dir.resolve("data/scan_cold.dat"), 4.0);
        ModelFileException noMatch = mistake("""
                models: models/gauss.yaml
                sequence:
                  files:
                    - data/scan_T20K.dat
                    - "data/scan_*.dat"
                  %s
                """.formatted(REGEX));
        assertThat(noMatch.line()).isEqualTo(5);
        assertThat(noMatch.column()).isEqualTo(7);
        assertThat(noMatch.getMessage()).contains("'scan_cold.dat' does not match the regex");

        ModelFileException unknown = mistake("""
                models: models/gauss.yaml
                sequence:
                  files: [data/scan_T20K.dat]
                  keepFromFirst: true
                  %s
                """.formatted(REGEX));
        assertThat(unknown.line()).isEqualTo(4);
        assertThat(unknown.column()).isEqualTo(3);
        assertThat(unknown.getMessage()).contains("unknown key 'keepFromFirst'");

        ModelFileException noValue = mistake("""
                models: models/gauss.yaml
                sequence: {files: [data/scan_T20K.dat]}
                """);
        assertThat(noValue.line()).isEqualTo(2);
        assertThat(noValue.getMessage()).contains("no sequence value");

        ModelFileException both = mistake("""
                models: models/gauss.yaml
                data: data/scan_T20K.dat
                sequence: {files: [{file: data/scan_T20K.dat, value: 1}]}
                """);
        assertThat(both.line()).isEqualTo(3);
        assertThat(both.column()).isEqualTo(1);
        assertThat(both.getMessage()).contains("data: or sequence:");
    }
}
