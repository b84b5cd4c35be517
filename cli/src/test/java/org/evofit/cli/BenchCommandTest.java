package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.dispatch.TestDatabase;
import org.evofit.dispatch.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void benchKernelJsonNamesTheProductionKernelAndTimesEveryImplementation() throws IOException {
        Cli.Run run = Cli.run("bench", "--kernel", "--json", "--seconds", "0.04");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("productionKernel").asText()).isEqualTo(KernelImplementation.PRODUCTION.label())
                .isEqualTo("vector");
        assertThat(root.get("kernels")).hasSize(KernelImplementation.values().length);
        assertThat(root.get("kernels").get(0).get("name").asText()).isEqualTo("vector");
        assertThat(root.get("kernels").get(0).get("production").asBoolean()).isTrue();
        JsonNode timings = root.get("kernel");
        assertThat(timings).hasSize(8 * KernelImplementation.values().length);
        for (KernelImplementation implementation : KernelImplementation.values()) {
            long cases = 0;
            for (JsonNode t : timings) {
                if (t.get("implementation").asText().equals(implementation.label())) {
                    assertThat(t.get("nsPerPointLayer").asDouble()).isPositive();
                    assertThat(t.get("production").asBoolean()).isEqualTo(implementation == KernelImplementation.PRODUCTION);
                    cases++;
                }
            }
            assertThat(cases).as(implementation.label()).isEqualTo(8);
        }
        // The periodic stacks come last, every implementation on each: 2 + 2x19 + 2 slabs, then 2x100.
        assertThat(timings.get(6 * KernelImplementation.values().length).get("stack").asText()).isEqualTo("2 + 2x19 + 2");
        assertThat(timings.get(6 * KernelImplementation.values().length).get("layers").asInt()).isEqualTo(2 + 2 * 19 + 2 + 2);
        assertThat(timings.get(7 * KernelImplementation.values().length).get("stack").asText()).isEqualTo("2x100");
        assertThat(timings.get(0).get("stack").asText()).isEqualTo("random");
        JsonNode magnetic = root.get("magneticKernel");
        long magneticImplementations = java.util.Arrays.stream(org.evofit.core.refl.MagneticImplementation.values())
                .filter(org.evofit.core.refl.MagneticImplementation::available).count();
        assertThat(magnetic).hasSize(6 * (int) magneticImplementations);
        for (JsonNode t : magnetic) {
            double ns = t.get("nsPerPointLayer").asDouble();
            double unpolarised = t.get("unpolarisedNsPerPointLayer").asDouble();
            assertThat(ns).isPositive();
            assertThat(unpolarised).isPositive();
            assertThat(t.get("ratio").asDouble()).isCloseTo(ns / unpolarised, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(magnetic.get(0).get("fieldTesla").asDouble()).isZero();
        assertThat(magnetic.get(5).get("fieldTesla").asDouble()).isPositive();
        JsonNode modes = root.get("resolutionModes");
        assertThat(modes).extracting(m -> m.get("mode").asText()).containsExactly("fast conv",
                "full conv and varying res.", "constant", "pointwise", "relative", "constant, SLD varying",
                "relative, SLD varying");
        for (JsonNode m : modes) {
            assertThat(m.get("costRelativeToFastConv").asDouble()).isCloseTo(
                    m.get("ns").asDouble() / m.get("fastConvNs").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void benchFitJsonReportsEvaluationsPerSecondOnOneAndAllThreads() throws IOException {
        Cli.Run run = Cli.run("bench", "--fit", "--json", "--seconds", "0.2", Cli.repo("examples/peaks/model.yaml"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode fits = root.get("fit");
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(fits).hasSize(cores > 1 ? 2 : 1);
        assertThat(fits.get(0).get("model").asText()).endsWith("model.yaml");
        assertThat(fits.get(0).get("threads").asInt()).isEqualTo(1);
        assertThat(fits.get(0).get("evalsPerSecond").asDouble()).isPositive();
        if (cores > 1) {
            assertThat(fits.get(1).get("threads").asInt()).isEqualTo(cores);
        }
        JsonNode checkpoints = root.get("fitCheckpoints").get(fits.get(0).get("model").asText()).get("checkpoints");
        assertThat(checkpoints).hasSize(3);
        JsonNode incremental = checkpoints.get(1);
        JsonNode whole = checkpoints.get(2);
        assertThat(incremental.get("cadence").asText()).matches("every \\d+ generations, incremental");
        assertThat(whole.get("cadence").asText()).matches("every \\d+ generations, whole");
        // The same trigger: the same saves; after the first, the increments carry only the new log entries.
        assertThat(incremental.get("saves").asInt()).isEqualTo(whole.get("saves").asInt()).isGreaterThan(2);
        assertThat(whole.get("wholeSaves").asInt()).isEqualTo(whole.get("saves").asInt());
        assertThat(incremental.get("wholeSaves").asInt()).isLessThan(incremental.get("saves").asInt());
        assertThat(incremental.get("bytes").asLong()).isLessThan(whole.get("bytes").asLong());
        for (JsonNode c : checkpoints) {
            assertThat(c.get("secondsWith").asDouble()).isPositive();
            assertThat(c.get("secondsWithout").asDouble()).isPositive();
            // Every cadence saves at least once (the time trigger's first save is free), and saving takes time.
            assertThat(c.get("savingSeconds").asDouble()).isPositive();
            assertThat(c.get("savingShare").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void timeToSolutionReportsEverySeedAndFailsWhenOneMissesTheTarget() throws IOException {
        // Any first population beats a figure of merit of 1e300: the clock stops at generation 0.
        Cli.Run reached = Cli.run("bench", "--time-to-solution", Cli.repo("examples/peaks/model.yaml"), "--target", "1e300",
                "--seeds", "3", "--json");
        assertThat(reached.exitCode()).as(reached.err()).isZero();
        JsonNode t = new ObjectMapper().readTree(reached.out()).get("timeToSolution");
        assertThat(t.get("runs")).hasSize(3);
        assertThat(t.get("failures")).isEmpty();
        for (JsonNode run : t.get("runs")) {
            assertThat(run.get("reached").asBoolean()).isTrue();
            assertThat(run.get("evaluations").asLong()).as("the initial population of 50").isEqualTo(50);
        }
        assertThat(t.get("medianSeconds").asDouble()).isPositive();
        assertThat(reached.err()).contains("seed 3 reached the target");

        Cli.Run missing = Cli.run("bench", "--time-to-solution", Cli.repo("examples/peaks/model.yaml"), "--json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--time-to-solution needs --target FOM");
    }

    @Test
    void benchSampleJsonReportsEffectiveSamplesPerSecondPerParameterOnOneAndTwoThreads(@TempDir Path dir)
            throws Exception {
        Path model = SampleModels.peak(dir, 81, true);

        Cli.Run run = Cli.run("bench", "--sample", "--json", "--sample-steps", "120", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode cases = new ObjectMapper().readTree(run.out()).get("sample");
        assertThat(cases).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode c = cases.get(i);
            assertThat(c.get("threads").asInt()).isEqualTo(i + 1);
            assertThat(c.get("walkers").asInt()).isEqualTo(32);
            assertThat(c.get("steps").asInt()).isEqualTo(120);
            assertThat(c.get("essPerSecond").size()).isEqualTo(4);
            assertThat(c.get("essPerSecond").get("g.center").asDouble()).isPositive();
            assertThat(c.get("essPerSecondWorst").asDouble())
                    .isLessThanOrEqualTo(c.get("essPerSecondMedian").asDouble());
            // The same ESS over CPU time instead of wall-clock time.
            double cpu = c.get("cpuSeconds").asDouble();
            assertThat(cpu).isPositive();
            assertThat(c.get("essPerCpuSecondWorst").asDouble() * cpu)
                    .isCloseTo(c.get("essPerSecondWorst").asDouble() * c.get("seconds").asDouble(), within(1e-6));
            assertThat(c.get("essPerCpuSecondWorst").asDouble())
                    .isLessThanOrEqualTo(c.get("essPerCpuSecondMedian").asDouble());
            // 120 steps cannot be 50 autocorrelation times: the bench says its ESS is uncertain.
            assertThat(c.get("chainTooShort").asBoolean()).isTrue();
        }
    }

    @Test
    void benchDispatchReportsLatencyAndOverheadOfRunsThroughTwoWorkersAndDropsItsDatabase(@TempDir Path dir) throws Exception {
        Cli.Run run;
        if (TestPostgres.isDefaultService()) {
            // The default: a scratch database on 127.0.0.1:5432, dropped afterwards.
            run = Cli.run("bench", "--dispatch", "--runs", "8", "--json", Cli.repo("examples/peaks/model.yaml"));
        } else {
            // No service there: the tests' embedded server, given as --db.
            try (TestDatabase db = TestDatabase.postgres()) {
                Path config = Files.writeString(dir.resolve("evofit.properties"), "user=" + TestPostgres.USER + "\n");
                run = Cli.run("bench", "--dispatch", "--runs", "8", "--json", "--db", db.config().url(),
                        "--config", config.toString(), Cli.repo("examples/peaks/model.yaml"));
            }
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(run.out()).get("dispatch");
        assertThat(d.get("workers").asInt()).isEqualTo(2);
        assertThat(d.get("runs").asInt()).isEqualTo(8);
        assertThat(d.get("latencySamples").asInt()).isEqualTo(20);
        assertThat(d.get("medianLatencyMs").asDouble()).isPositive().isLessThanOrEqualTo(d.get("maxLatencyMs").asDouble());
        // The fits ran: their own time is part of the wall time, never more than all slots' share of it.
        assertThat(d.get("fitSeconds").asDouble()).isPositive().isLessThan(2 * d.get("wallSeconds").asDouble());
        if (TestPostgres.isDefaultService()) {
            // Its own scratch database, named in its first line, is gone; other suites running against
            // the same server at the same time may have theirs, so only this one is looked for.
            java.util.regex.Matcher scratch = java.util.regex.Pattern
                    .compile("workers on jdbc:postgresql://[^/\\s]+/(evofit_bench_\\w+)").matcher(run.err());
            assertThat(scratch.find()).as(run.err()).isTrue();
            assertThat(databases()).doesNotContain(scratch.group(1));
        }
    }

    private static java.util.List<String> databases() throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(TestPostgres.server() + "postgres", TestPostgres.USER, "");
             var rs = c.createStatement().executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'evofit_bench%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
