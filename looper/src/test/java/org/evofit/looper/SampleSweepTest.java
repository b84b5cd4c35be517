package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.SummaryRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep with {@code sample:} fits each run and then samples its posterior around the optimum: the
 * chain and posterior files in each run's directory, result.json's posterior section, and the
 * posterior medians in summary.csv; a run whose sampling did not finish is run again.
 */
class SampleSweepTest {

    private static final String SWEEP = """
            models: [models/gauss.yaml]
            data: [data/a.dat, data/c.dat]
            fit: {generations: 30}
            sample: {walkers: 8, steps: 300, burn: 100}
            """;

    @TempDir
    Path dir;

    private Path out;
    private SweepDirectory store;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        Fixture.data(dir.resolve("data/a.dat"), 4.5);
        Fixture.data(dir.resolve("data/c.dat"), 5.5);
        out = dir.resolve("out");
        store = new SweepDirectory(out);
    }

    private List<RunSpec> plan(String text) {
        return SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), text)));
    }

    private List<String> loop(List<RunSpec> plan) {
        List<String> ran = new ArrayList<>();
        Looper.run(plan, store, new LocalDispatcher(1, new RunExecutor(store, 2)), o -> ran.add(o.spec().id()));
        return ran;
    }

    @Test
    void anEnsembleTooSmallForAModelIsRefusedWhenTheSweepIsPlannedNotAfterItsFits() {
        // gauss-bkg samples 4 free parameters and the error scale of its data without errors: 10 walkers at least.
        String sweep = SWEEP.replace("models/gauss.yaml", "models/gauss-bkg.yaml");

        assertThatThrownBy(() -> plan(sweep)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("sweep.yaml").hasMessageContaining("gauss-bkg.yaml")
                .hasMessageContaining("8 walkers cannot sample 5 parameters (4 free and lnErrorScale")
                .hasMessageContaining("at least twice as many walkers as parameters, 10");
        assertThat(plan(sweep.replace("walkers: 8", "walkers: 10"))).hasSize(2);
    }

    @Test
    void eachRunFitsThenSamplesAndTheSummaryHasThePosteriorMedians() throws IOException {
        List<RunSpec> plan = plan(SWEEP);
        List<RunSpec> fitOnly = plan(SWEEP.replace("sample: {walkers: 8, steps: 300, burn: 100}\n", ""));
        assertThat(plan).hasSize(2);
        // Sampling changes what a run computes, so its id; a sweep without sample: keeps its ids.
        assertThat(plan.get(0).id()).isNotEqualTo(fitOnly.get(0).id());
        assertThat(fitOnly.get(0).settings()).doesNotContainKey("sample.steps");

        assertThat(loop(plan)).hasSize(2);

        for (RunSpec r : plan) {
            Path run = store.dir(r.id());
            assertThat(run.resolve("chain.bin")).isRegularFile();
            assertThat(run.resolve("posterior.csv")).isRegularFile();
            assertThat(run.resolve("chain.checkpoint")).doesNotExist();
            PosteriorJson posterior = PosteriorJson.section(run.resolve("result.json"));
            assertThat(posterior.walkers()).isEqualTo(8);
            assertThat(posterior.steps()).isEqualTo(300);
            assertThat(posterior.burn()).isEqualTo(100);
            assertThat(posterior.seed()).isEqualTo(r.seed());
        }
        SummaryRow.Table summary = SummaryRow.read(out.resolve(Looper.SUMMARY_CSV));
        assertThat(summary.parameters()).contains("g.center", "g.center.median", "lnErrorScale.median");
        int median = summary.parameters().indexOf("g.center.median");
        for (SummaryRow row : summary.rows()) {
            assertThat(row.status()).isEqualTo("ok");
            // The summary says what the run's own posterior says: its median, half its 68 % interval.
            PosteriorJson.Row center = PosteriorJson.section(store.dir(row.id()).resolve("result.json"))
                    .parameters().stream().filter(p -> p.name().equals("g.center")).findFirst().orElseThrow();
            assertThat(row.parameters().get(median).value()).isEqualTo(center.median());
            assertThat(row.parameters().get(median).error()).isEqualTo((center.high68() - center.low68()) / 2)
                    .isPositive();
        }
    }

    @Test
    void aRunWhoseSamplingDidNotFinishIsRunAgainToTheSamePosterior() throws IOException {
        List<RunSpec> plan = plan(SWEEP);
        loop(plan);
        RunSpec cut = plan.get(1);
        Path result = store.dir(cut.id()).resolve("result.json");
        String posterior = Files.readString(store.dir(cut.id()).resolve("posterior.csv"));
        // As a kill during sampling leaves it: the fit's result.json without the posterior section.
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(result.toFile());
        tree.remove(PosteriorJson.SECTION);
        Files.writeString(result, tree.toPrettyString());
        assertThat(store.isDone(cut)).isFalse();
        assertThat(Files.readString(out.resolve(Looper.SUMMARY_CSV))).contains(cut.id());

        assertThat(loop(plan)).containsExactly(cut.id());
        assertThat(store.isDone(cut)).isTrue();
        assertThat(Files.readString(store.dir(cut.id()).resolve("posterior.csv"))).isEqualTo(posterior);
    }

    @Test
    void badSamplingSettingsAreRefusedAtTheirLine() {
        assertThatThrownBy(() -> plan(SWEEP.replace("walkers: 8", "walkers: 7")))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("walkers must be an even number");
        assertThatThrownBy(() -> plan(SWEEP.replace("burn: 100", "burn: 300")))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("burn must be");
        assertThatThrownBy(() -> plan(SWEEP.replace("burn: 100", "burnin: 100")))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("burnin");
    }
}
