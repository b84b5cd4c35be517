package org.evofit.looper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real sweep of tiny fits: run, resume, re-run one, and a failing run among good ones. */
class LooperTest {

    @TempDir
    Path dir;

    private Path out;
    private SweepDirectory store;

    @BeforeEach
    void files() {
        Fixture.models(dir);
        Fixture.data(dir.resolve("data/a.dat"), 4.5);
        Fixture.data(dir.resolve("data/b.dat"), 5.0);
        Fixture.data(dir.resolve("data/c.dat"), 5.5);
        out = dir.resolve("out");
        store = new SweepDirectory(out);
    }

    private List<RunSpec> plan(String text) {
        return SweepPlan.expand(SweepFile.read(Fixture.write(dir.resolve("sweep.yaml"), text)));
    }

    /** Runs the plan on 2 jobs and returns the ids of the runs that were started. */
    private List<String> loop(List<RunSpec> plan, LoopReport[] report) {
        List<String> ran = new ArrayList<>();
        report[0] = Looper.run(plan, store, new LocalDispatcher(2, new RunExecutor(store, 1)),
                outcome -> ran.add(outcome.spec().id()));
        return ran;
    }

    @Test
    void gridRunsResumesAndRerunsOnlyWhatIsMissing() throws IOException {
        List<RunSpec> plan = plan("""
                models: [models/gauss.yaml, models/gauss-bkg.yaml]
                data: [data/a.dat, data/b.dat, data/c.dat]
                seeds: 2
                fit: {generations: 20}
                """);
        assertThat(plan).hasSize(12);
        LoopReport[] report = new LoopReport[1];

        assertThat(loop(plan, report)).hasSize(12);
        assertThat(report[0]).isEqualTo(new LoopReport(12, 0, 12, 0));
        List<String> summary = Files.readAllLines(out.resolve(Looper.SUMMARY_CSV));
        assertThat(summary).hasSize(13);
        assertThat(summary.get(0)).startsWith("id,model,data,seed,status,fom,g.height,g.height.error,g.center,")
                .endsWith(",message");
        assertThat(summary.subList(1, 13)).allMatch(row -> row.split(",")[4].equals("ok"));
        for (RunSpec r : plan) {
            assertThat(store.dir(r.id()).resolve("fit.csv")).isRegularFile();
            assertThat(store.dir(r.id()).resolve("parameters.csv")).isRegularFile();
        }
        // The fits found each data file's centre (4.5, 5.0, 5.5 in data a, b, c).
        RunSpec onC = plan.stream().filter(r -> r.data().endsWith("c.dat")).findFirst().orElseThrow();
        double center = store.result(onC.id()).orElseThrow().path("parameters").get(1).path("value").asDouble();
        assertThat(center).isCloseTo(5.5, org.assertj.core.data.Offset.offset(0.3));
        assertThat(Files.readString(out.resolve(Looper.SWEEP_JSON))).contains("\"runCount\" : 12", onC.id());

        // Resume: nothing left to do, the same summary.
        assertThat(loop(plan, report)).isEmpty();
        assertThat(report[0]).isEqualTo(new LoopReport(12, 12, 12, 0));
        assertThat(Files.readAllLines(out.resolve(Looper.SUMMARY_CSV))).isEqualTo(summary);

        // A run without its result.json runs again, alone, and gives the same result (same seed).
        RunSpec lost = plan.get(7);
        Files.delete(store.dir(lost.id()).resolve("result.json"));
        assertThat(loop(plan, report)).containsExactly(lost.id());
        assertThat(report[0]).isEqualTo(new LoopReport(12, 11, 12, 0));
        assertThat(Files.readAllLines(out.resolve(Looper.SUMMARY_CSV))).isEqualTo(summary);
    }

    @Test
    void aFailedRunIsRecordedAndDoesNotStopTheOthers() throws IOException {
        Fixture.write(dir.resolve("data/b.dat"), "0 1\n1 oops\n");
        List<RunSpec> plan = plan("""
                models: models/gauss.yaml
                data: [data/a.dat, data/b.dat, data/c.dat]
                """);
        LoopReport[] report = new LoopReport[1];
        assertThat(loop(plan, report)).hasSize(3);
        assertThat(report[0]).isEqualTo(new LoopReport(3, 0, 2, 1));
        assertThat(report[0].allSucceeded()).isFalse();
        RunSpec bad = plan.get(1);
        assertThat(Files.readString(store.dir(bad.id()).resolve(SweepDirectory.ERROR_TXT))).contains("b.dat", "oops");
        List<String> summary = Files.readAllLines(out.resolve(Looper.SUMMARY_CSV));
        assertThat(summary.get(1)).contains(",ok,");
        assertThat(summary.get(2)).startsWith(bad.id()).contains(",failed,").contains("oops");
        assertThat(summary.get(3)).contains(",ok,");

        // Fixed data is new content, so a new run; the other two are kept.
        Fixture.data(dir.resolve("data/b.dat"), 5.0);
        List<RunSpec> fixed = plan("""
                models: models/gauss.yaml
                data: [data/a.dat, data/b.dat, data/c.dat]
                """);
        assertThat(loop(fixed, report)).hasSize(1);
        assertThat(report[0].allSucceeded()).isTrue();
    }

    @Test
    void threadsPerFitShareTheCores() {
        assertThat(LocalDispatcher.threadsPerFit(2, 8)).isEqualTo(4);
        assertThat(LocalDispatcher.threadsPerFit(3, 8)).isEqualTo(2);
        assertThat(LocalDispatcher.threadsPerFit(16, 8)).isEqualTo(1);
    }
}
