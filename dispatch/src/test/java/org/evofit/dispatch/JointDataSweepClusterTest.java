package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.evofit.looper.LocalDispatcher;
import org.evofit.looper.Looper;
import org.evofit.looper.RunExecutor;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep of a model of two data sets with files per data set (issue 16) on the cluster: the run spec in
 * the store names both data sets' files, the submission ships both (a worker writes them into its input
 * cache and fits from there), and each run's files equal a local run's.
 */
class JointDataSweepClusterTest {

    @TempDir
    Path dir;

    @Test
    void aRunShipsTheFileOfEachDataSetAndFitsAsLocally() throws Exception {
        Path sweepFile = sweep();
        List<RunSpec> plan = Plans.of(sweepFile);
        assertThat(plan).hasSize(2);
        RunSpec first = plan.get(0);
        assertThat(RunSpecJson.parse(RunSpecJson.format(first))).isEqualTo(first);
        assertThat(InputFiles.collect(plan).keySet()).contains(first.dataSets().get("left").toString(),
                first.dataSets().get("right").toString(), plan.get(1).dataSets().get("right").toString());

        SweepDirectory local = new SweepDirectory(dir.resolve("local"));
        assertThat(Looper.run(plan, local, new LocalDispatcher(1, new RunExecutor(local, 1)), o -> { }).allSucceeded())
                .isTrue();
        SweepDirectory remote = new SweepDirectory(dir.resolve("cluster"));
        Path cache = dir.resolve("cache");
        try (TestDatabase t = TestDatabase.postgres(); Database db = Database.open(t.config(), 4);
             Worker worker = Worker.start(t.config(), new WorkerOptions("w1", 2, 1, cache, 0, Duration.ZERO),
                     EventLog.NONE)) {
            ClusterDispatcher cluster = new ClusterDispatcher(db, remote, sweepFile.toString(), EventLog.NONE,
                    Duration.ofMillis(200));
            assertThat(Looper.run(plan, remote, cluster, o -> { }).allSucceeded()).isTrue();
            // The spec the worker took from the store names the original files of both data sets.
            assertThat(db.store().queue().runs(cluster.sweep())).extracting(row -> row.spec().dataSets())
                    .containsExactlyInAnyOrder(plan.get(0).dataSets(), plan.get(1).dataSets());
        }
        for (RunSpec r : plan) {
            for (Map.Entry<String, Path> e : r.dataSets().entrySet()) {
                assertThat(cached(cache, e.getValue())).as("%s of run %s in the worker's cache", e.getKey(), r.id())
                        .hasSameBinaryContentAs(e.getValue());
            }
            for (String file : List.of("parameters.csv", "fit.csv")) {
                assertThat(Files.readAllBytes(remote.dir(r.id()).resolve(file))).as(r.id() + "/" + file)
                        .isEqualTo(Files.readAllBytes(local.dir(r.id()).resolve(file)));
            }
        }
        String summary = Files.readString(remote.out().resolve(Looper.SUMMARY_CSV));
        assertThat(summary).isEqualTo(Files.readString(local.out().resolve(Looper.SUMMARY_CSV)))
                .contains(dir.resolve("right-2.dat").toAbsolutePath().toString());
    }

    /** The copy of {@code file} a worker wrote under its cache's {@code <sweep>/inputs/}. */
    private static Path cached(Path cache, Path file) throws IOException {
        String tail = file.getRoot().relativize(file).toString();
        try (Stream<Path> found = Files.walk(cache)) {
            return found.filter(p -> p.toString().endsWith("/inputs/" + tail)).findFirst()
                    .orElseThrow(() -> new AssertionError(file + " is not in the worker's cache " + cache));
        }
    }

    /** A Gaussian fitted to two data sets at once, swept over two pairs of files. */
    private Path sweep() throws IOException {
        data("own.dat", 5.0);
        data("left-1.dat", 4.5);
        data("right-1.dat", 4.5);
        data("left-2.dat", 5.5);
        data("right-2.dat", 5.5);
        Files.writeString(dir.resolve("two.yaml"), """
                kind: curve
                components:
                  - {name: g, kind: gaussian, height: {value: 8, min: 1, max: 20}, center: {value: 5, min: 3, max: 7},
                     sigma: {value: 0.8, min: 0.3, max: 2}}
                data:
                  - {name: left, file: own.dat}
                  - {name: right, file: own.dat}
                fom: diff
                optimizer: {population: 12, generations: 10, seed: 1}
                """);
        return Files.writeString(dir.resolve("sweep.yaml"), """
                models: two.yaml
                data:
                  left: ["left-*.dat"]
                  right: ["right-*.dat"]
                """);
    }

    private void data(String name, double center) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 40; i++) {
            double x = i * 0.25;
            sb.append(String.format(Locale.ROOT, "%.4f %.8f%n", x, 8 * Math.exp(-(x - center) * (x - center) / 1.28)));
        }
        Files.writeString(dir.resolve(name), sb.toString());
    }
}
