package org.evofit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.evofit.core.de.DeResult;
import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.DifferentialEvolution;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.optim.Objective;
import org.evofit.core.refl.KernelBenchmark;
import org.evofit.core.refl.MagneticBenchmark;
import org.evofit.core.refl.KernelTiming;
import org.evofit.core.refl.SmearingTiming;
import org.evofit.core.refl.sample.SmearingModesBenchmark;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evofit bench}: measured speed. {@code --fit} runs each example model's fit for a fixed
 * wall-clock budget on one thread and on all threads and reports evaluations per second.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Measure speed. --fit: evaluations per second of each example model's fit, "
                + "on 1 and on all threads. --kernel: each reflectivity kernel's cost per Q point and layer. "
                + "--dispatch: the cluster's latency and per-run overhead. --serve: a load test of evofit serve on the "
                + "loopback address. --sample: the posterior sampler's effective samples per second. --time-to-solution: how long "
                + "the default fit takes to reach a figure of merit. --startup: how long the launcher takes to start.")
final class BenchCommand extends Verb {

    @Option(names = "--fit", description = "Benchmark whole fits (differential evolution on the model), and what "
            + "checkpoints cost them: bytes per save and the overhead against the same fit without, saved into a SQLite "
            + "run store by time (capped at 1 %%), every 25 generations (an eighth of a shorter fit) incrementally, and as "
            + "often whole.")
    boolean fit;

    @Option(names = "--kernel", description = "Benchmark every unsmeared reflectivity kernel (ns per Q point × layer, "
            + "single-threaded, 10/40/200 layers at 1000 points), the production kernel (the one fits use) first and "
            + "named, the plain Java reference among them; the default resolution smearing against a 17-point "
            + "quadrature; each resolution mode (evofit's accurate constant, relative and pointwise, GenX's full conv) "
            + "beside GenX's fast conv on the neutron film example's data, constant and relative also with the film's SLD "
            + "changing on every curve, as a fit that varies it lays the edge quadrature anew; and the polarised "
            + "(magnetic) kernel, four spin channels per call, beside the unpolarised one on the same layers.")
    boolean kernel;

    @Option(names = "--dispatch", description = "Benchmark the cluster: 2 worker processes (one slot each) on a PostgreSQL "
            + "store; median latency from submission to start, and per-run overhead (wall time x slots minus the fits' "
            + "own time, per run) over --runs tiny fits.")
    boolean dispatch;

    @Option(names = "--db", paramLabel = "URL", description = "With --dispatch: the PostgreSQL store to use (default: a "
            + "fresh temporary database on 127.0.0.1:5432, dropped afterwards). Credentials as for evofit worker.")
    String db;

    @Option(names = "--config", paramLabel = "FILE", description = "With --dispatch: properties file with user= and password=.")
    Path config;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "With --dispatch: tiny runs in the overhead sweep.")
    int runs;

    @Option(names = "--serve", description = "Load-test evofit serve (a child JVM on 127.0.0.1, scratch data, its rate "
            + "limits per client address lifted, as every client shares that address): --clients "
            + "clients for --duration seconds each create a project, upload examples/peaks, start small fits and poll status "
            + "and pages; p50/p99 page latency, requests per second, the service's heap after full GC at start and end, "
            + "a check that every fit finished exactly once (exit 1 otherwise), then one --upload-bytes resumable upload "
            + "of generated data and the heap growth during it.")
    boolean serve;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "With --serve: concurrent clients.")
    int clients;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "60", description = "With --serve: seconds of load.")
    double duration;

    @Option(names = "--upload-bytes", paramLabel = "BYTES", defaultValue = "1000000000",
            description = "With --serve: size of the generated resumable upload.")
    long uploadBytes;

    @Option(names = "--sample", description = "Benchmark the posterior sampler: fit the model (MODEL, default "
            + "examples/xray-multilayer/model.yaml), then sample from the optimum on 1 and 2 threads; effective samples "
            + "per second per parameter, by wall clock and per CPU-second of the process.")
    boolean sample;

    @Option(names = "--sample-steps", paramLabel = "N", defaultValue = "2000", description = "With --sample: steps per run.")
    int sampleSteps;

    @Option(names = "--time-to-solution", paramLabel = "MODEL", description = "Fit MODEL with its own settings on all "
            + "threads from seeds 1 to --seeds, one after another, each until its figure of merit first reaches --target "
            + "(a listener on the fit's thread stops the clock and the fit); median, quartiles and range of the wall "
            + "times and the seeds that never reached it (exit 1 when any did not).")
    Path timeToSolution;

    @Option(names = "--target", paramLabel = "FOM", description = "With --time-to-solution: the figure of merit to reach.")
    Double target;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "With --time-to-solution: seeds to fit.")
    int seeds;

    @Option(names = "--startup", description = "Benchmark start-up: wall time of the launcher (--launcher) for --help "
            + "and for a fit of examples/peaks of 3 generations, with its class-data-sharing archive and without "
            + "(EVOFIT_CDS=off), beside java -version; median and quartiles over --startup-runs runs.")
    boolean startup;

    @Option(names = "--launcher", paramLabel = "FILE", description = "With --startup: the launcher to run "
            + "(default: ./evofit; its directory is the repository's root).")
    Path launcher;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "10", description = "With --startup: runs per case.")
    int startupRuns;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2",
            description = "Measured wall-clock time per case, after a warm-up of the same length.")
    double seconds;

    @Parameters(paramLabel = "MODEL", arity = "0..*",
            description = "Model files to benchmark (default: examples/*/model.yaml under the current directory; "
                    + "--dispatch fits the first, default examples/peaks/model.yaml).")
    List<Path> models;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One measured case. */
    record FitCase(String model, int threads, int generations, long evaluations, double seconds, double evalsPerSecond) {
    }

    @Override
    public Integer call() {
        checkOptions();
        ObjectNode root = MAPPER.createObjectNode();
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder table = machine(root, cores);
        if (startup) {
            StartupBench.add(root, table, StartupBench.measure(launcher != null ? launcher : StartupBench.defaultLauncher(),
                    startupRuns, err()));
        }
        if (kernel) {
            KernelBenchmark bench = new KernelBenchmark(seconds / 4);
            List<KernelTiming> timings = bench.kernel();
            List<SmearingTiming> smearing = bench.smearing();
            KernelReport.add(root, table, timings, smearing, new SmearingModesBenchmark(seconds / 4).measure());
            MagneticReport.add(root, table, new MagneticBenchmark(seconds / 4).measure());
        }
        if (fit) {
            fitCases(root, table, cores);
        }
        if (sample) {
            SampleBench.add(root, table, SampleBench.measure(models == null || models.isEmpty()
                    ? Path.of("examples/xray-multilayer/model.yaml") : models.get(0), sampleSteps));
        }
        if (dispatch) {
            DispatchReport.add(root, table, DispatchReport.measure(db, config, runs,
                    models == null || models.isEmpty() ? null : models.get(0), err()));
        }
        boolean allReached = true;
        if (timeToSolution != null) {
            org.evofit.core.fit.TimeToSolution.Report report = TimeToSolutionReport.measure(timeToSolution, target, seeds,
                    cores, err());
            TimeToSolutionReport.add(root, table, timeToSolution, cores, report);
            allReached = report.failures().isEmpty();
        }
        boolean exactlyOnce = true;
        if (serve) {
            ServeBench.Report report = ServeReport.measure(models == null || models.isEmpty() ? null : models.get(0), clients, duration, uploadBytes, err());
            ServeReport.add(root, table, report);
            exactlyOnce = report.exactlyOnce();
        }
        PrintWriter out = out();
        out.print(json ? json(root) : table.toString());
        out.flush();
        if (!exactlyOnce) {
            err().println("bench --serve: not every submitted fit finished exactly once (see notFinishedOnce)");
            err().flush();
            return 1;
        }
        if (!allReached) {
            err().println("bench --time-to-solution: not every seed reached the target (see failures)");
            err().flush();
            return 1;
        }
        return 0;
    }

    private void checkOptions() {
        if (!fit && !kernel && !dispatch && !serve && !sample && !startup && timeToSolution == null) {
            throw new BadInputException("choose what to benchmark: --fit, --kernel, --dispatch, --serve, --sample, "
                    + "--startup and/or --time-to-solution MODEL");
        }
        if (timeToSolution != null && (target == null || !Double.isFinite(target))) {
            throw new BadInputException("--time-to-solution needs --target FOM, a finite figure of merit");
        }
        OptionValues.count(seeds, "--seeds");
        OptionValues.seconds(seconds, "--seconds");
    }

    /** The machine the figures were measured on, with its load average then, into the JSON and the table's first line. */
    private static StringBuilder machine(ObjectNode root, int cores) {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        root.put("cores", cores);
        root.put("java", System.getProperty("java.version"));
        root.put("cpu", DispatchReport.cpuModel());
        root.put("load", load);
        return new StringBuilder(String.format(Locale.ROOT, "%s, %d cores, Java %s, load %.2f%n",
                DispatchReport.cpuModel(), cores, System.getProperty("java.version"), load));
    }

    private void fitCases(ObjectNode root, StringBuilder table, int cores) {
        List<Path> files = models == null || models.isEmpty() ? exampleModels() : models;
        if (files.isEmpty()) {
            throw new BadInputException("no model files: give MODEL or run where examples/*/model.yaml exist");
        }
        List<FitCase> cases = new ArrayList<>();
        ObjectNode checkpoints = root.putObject("fitCheckpoints");
        StringBuilder checkpointTable = new StringBuilder();
        for (Path file : files) {
            ModelDefinition def = ModelFiles.load(file);
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                cases.add(measure(file.toString(), def, threads));
            }
            // The one-thread case's length: a fit of about --seconds, checkpointed and not.
            int generations = cases.get(cases.size() - (cores > 1 ? 2 : 1)).generations();
            CheckpointReport.add(checkpoints.putObject(file.toString()), checkpointTable, file.toString(),
                    CheckpointReport.measure(def.problem().objective(), fitSettings(def).withGenerations(generations),
                            def.settings().execution().withThreads(1)));
        }
        ArrayNode fits = root.putArray("fit");
        for (FitCase c : cases) {
            ObjectNode n = fits.addObject();
            n.put("model", c.model());
            n.put("threads", c.threads());
            n.put("evaluations", c.evaluations());
            n.put("seconds", c.seconds());
            n.put("evalsPerSecond", c.evalsPerSecond());
        }
        table.append(table(cases)).append(checkpointTable);
    }

    /** The model's settings as the fit benchmark runs them: seed 1, no early stop on the spread. */
    private static DeSettings fitSettings(ModelDefinition def) {
        return def.settings().de().withMinSpread(0).withSeed(1);
    }

    private FitCase measure(String name, ModelDefinition def, int threads) {
        Objective objective = def.problem().objective();
        DeSettings base = fitSettings(def);
        DeExecution execution = def.settings().execution().withThreads(threads);
        // Calibrate the number of generations to the time budget, which also warms the JIT up.
        int generations = 5;
        DeResult probe = run(objective, base, execution, generations);
        while (probe.seconds() < seconds / 4 && generations < 1_000_000) {
            generations *= 2;
            probe = run(objective, base, execution, generations);
        }
        int planned = (int) Math.max(5, Math.min(10_000_000L, Math.round(generations * seconds / probe.seconds())));
        run(objective, base, execution, planned);
        DeResult measured = run(objective, base, execution, planned);
        return new FitCase(name, threads, planned, measured.evaluations(), measured.seconds(),
                measured.evaluationsPerSecond());
    }

    private static DeResult run(Objective objective, DeSettings base, DeExecution execution, int generations) {
        return DifferentialEvolution.optimize(objective, base.withGenerations(generations), execution,
                GenerationListener.NONE);
    }

    private static List<Path> exampleModels() {
        Path examples = Path.of("examples");
        if (!Files.isDirectory(examples)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(examples)) {
            return dirs.map(d -> d.resolve("model.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String table(List<FitCase> cases) {
        StringBuilder sb = new StringBuilder("fit speed (evaluations per second)\n");
        sb.append(String.format(Locale.ROOT, "%-40s %7s %14s %10s%n", "model", "threads", "evals/s", "ratio"));
        double single = 0;
        for (FitCase c : cases) {
            if (c.threads() == 1) {
                single = c.evalsPerSecond();
            }
            sb.append(String.format(Locale.ROOT, "%-40s %7d %14s %9.2fx%n", c.model(), c.threads(),
                    Format.rate(c.evalsPerSecond()), c.evalsPerSecond() / single));
        }
        return sb.toString();
    }

    private static String json(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
