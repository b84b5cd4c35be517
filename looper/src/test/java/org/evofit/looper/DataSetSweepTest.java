package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.results.SummaryRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's per-data-set {@code data:} (issue 16): run k reads file k of every data set's list, keyed by the
 * model's data set names; ids count every data set's file content; bad lists are refused where written.
 * The model is one Gaussian fitted to two data sets at once (its centre shared), so a run's fitted centre
 * is the centre both of its files were made with.
 */
class DataSetSweepTest {

    @TempDir
    Path dir;

    @BeforeEach
    void model() {
        Fixture.write(dir.resolve("two.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 8, min: 1, max: 20}
                    center: {value: 5, min: 3, max: 7}
                    sigma: {value: 0.8, min: 0.3, max: 2}
                  - {name: bkg, kind: constant, value: {value: 0.2, min: 0, max: 1}}
                data:
                  - {name: left, file: data/own.dat}
                  - {name: right, file: data/own.dat}
                fom: diff
                optimizer: {population: 15, generations: 60, seed: 1}
                """);
        Fixture.data(dir.resolve("data/own.dat"), 5.0);
        for (String side : List.of("left", "right")) {
            Fixture.data(dir.resolve("data/" + side + "-1.dat"), 4.5);
            Fixture.data(dir.resolve("data/" + side + "-2.dat"), 5.5);
        }
    }

    @Test
    void runKFitsFileKOfEveryDataSet() throws IOException {
        List<RunSpec> plan = plan("""
                models: two.yaml
                data:
                  left: ["data/left-*.dat"]
                  right: ["data/right-*.dat"]
                """);
        assertThat(plan).hasSize(2);
        assertThat(plan).extracting(RunSpec::data).containsOnlyNulls();
        assertThat(plan.get(1).dataSets()).containsExactly(Map.entry("left", abs("data/left-2.dat")),
                Map.entry("right", abs("data/right-2.dat")));
        SweepDirectory store = new SweepDirectory(dir.resolve("out"));
        LoopReport report = Looper.run(plan, store, new LocalDispatcher(1, new RunExecutor(store, 1)), o -> { });
        assertThat(report.failed()).isZero();
        double[] centres = {4.5, 5.5};
        for (int k = 0; k < 2; k++) {
            JsonNode result = store.result(plan.get(k).id()).orElseThrow();
            assertThat(value(result, "g.center")).as("run %s", k).isCloseTo(centres[k], offset(0.02));
        }
        Files.writeString(dir.resolve("out/summary.csv"), SummaryCsv.format(plan, store));
        SummaryRow.Table summary = SummaryRow.read(dir.resolve("out/summary.csv"));
        assertThat(Files.readAllLines(dir.resolve("out/summary.csv")).get(0))
                .startsWith("id,model,data,data.left,data.right,seed,status");
        assertThat(summary.rows().get(0).dataSets()).containsExactly(Map.entry("left", abs("data/left-1.dat").toString()),
                Map.entry("right", abs("data/right-1.dat").toString()));
        JsonNode planJson = new ObjectMapper().readTree(PlanJson.format(plan));
        assertThat(planJson.at("/runs/0/dataSets/right").asText()).isEqualTo(abs("data/right-1.dat").toString());
        assertThat(planJson.at("/runs/0/data").isNull()).isTrue();
    }

    @Test
    void runsDifferingInOneDataSetsFileAreTwoAndEqualContentsAreNeverDropped() throws IOException {
        Files.copy(dir.resolve("data/left-1.dat"), dir.resolve("data/copy.dat"));
        List<RunSpec> plan = plan("""
                models: two.yaml
                data:
                  left: [data/left-1.dat, data/left-1.dat, data/copy.dat]
                  right: [data/right-1.dat, data/right-2.dat, data/right-2.dat]
                """);
        // Runs 2 and 3 read files of equal contents: the third is reported as run of its own (an alias).
        assertThat(plan).hasSize(3).extracting(RunSpec::id).doesNotHaveDuplicates();
        assertThat(plan.get(2).dataSets().get("left")).isEqualTo(abs("data/copy.dat"));
        String before = plan.get(1).id();
        Fixture.data(dir.resolve("data/right-2.dat"), 5.25);
        List<RunSpec> edited = plan("""
                models: two.yaml
                data:
                  left: [data/left-1.dat, data/left-1.dat, data/copy.dat]
                  right: [data/right-1.dat, data/right-2.dat, data/right-2.dat]
                """);
        // Only the runs reading the edited file are new: the id counts the second data set's content too.
        assertThat(edited.get(0).id()).isEqualTo(plan.get(0).id());
        assertThat(edited.get(1).id()).isNotEqualTo(before);
    }

    @Test
    void thePlainListStillReplacesTheFirstDataSetOnly() {
        List<RunSpec> plan = plan("models: two.yaml\ndata: [data/left-1.dat, data/left-2.dat]\n");
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).data()).isEqualTo(abs("data/left-1.dat"));
        assertThat(plan.get(0).dataSets()).isEmpty();
    }

    @Test
    void listsOfDifferentLengthsAreRefusedAtTheShorterOnesName() {
        assertThatThrownBy(() -> plan("""
                models: two.yaml
                data:
                  left: ["data/left-*.dat"]
                  right: [data/right-1.dat]
                """)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("sweep.yaml:4:")
                .hasMessageContaining("data set 'right' has 1 files but 'left' has 2");
    }

    @Test
    void aNameTheModelLacksIsRefusedListingItsDataSets() {
        assertThatThrownBy(() -> plan("""
                models: two.yaml
                data:
                  left: [data/left-1.dat]
                  middle: [data/right-1.dat]
                """)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("sweep.yaml:4:")
                .hasMessageContaining("model two.yaml has no data set 'middle'; expected one of its data sets: left, right");
    }

    @Test
    void aSequenceTogetherWithDataSetsIsRefused() {
        assertThatThrownBy(() -> plan("""
                models: two.yaml
                data:
                  left: [data/left-1.dat]
                sequence: {files: [data/left-1.dat, data/left-2.dat], valueFrom: {regex: "-(\\\\d)"}}
                """)).isInstanceOf(ModelFileException.class).hasMessageContaining("sweep.yaml:4:")
                .hasMessageContaining("a sweep takes data: or sequence:");
    }

    @Test
    void anEmptyDataSetListIsRefused() {
        assertThatThrownBy(() -> plan("models: two.yaml\ndata:\n  left: []\n"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("sweep.yaml:3:")
                .hasMessageContaining("expected at least one file or glob for data set 'left'");
    }

    private List<RunSpec> plan(String sweep) {
        return SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), sweep)));
    }

    private Path abs(String file) {
        return dir.resolve(file).toAbsolutePath().normalize();
    }

    private static double value(JsonNode result, String name) {
        for (JsonNode p : result.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + name);
    }
}
