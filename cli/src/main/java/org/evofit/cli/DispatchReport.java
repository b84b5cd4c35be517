package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.DispatchBench;
import org.evofit.dispatch.ScratchDatabase;
import org.evofit.dispatch.Secrets;

/** {@code evofit bench --dispatch}: runs {@link DispatchBench} with worker JVMs of this jar and reports it. */
final class DispatchReport {

    /** The server used when no --db is given. */
    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final int WORKERS = 2;
    private static final int LATENCY_SAMPLES = 20;

    private DispatchReport() {
    }

    static DispatchBench.Report measure(String url, Path configFile, int runs, Path modelFile, PrintWriter err) {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1");
        }
        DbConfig given = DbOptions.resolve(url != null ? url : LOCAL_SERVER, configFile);
        if (!given.isPostgres()) {
            throw new BadInputException("--db: the dispatch benchmark needs PostgreSQL");
        }
        if (given.user() == null) {
            given = new DbConfig(given.url(), "postgres", given.password());
        }
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-bench-")) {
            Path work = cleanup.work();
            ScratchDatabase scratch = url == null ? cleanup.scratch(ScratchDatabase.create(given, "evofit_bench")) : null;
            DbConfig config = scratch != null ? scratch.config() : given;
            err.println("bench --dispatch: " + WORKERS + " workers on " + Secrets.masked(config.url()) + ", " + runs + " tiny runs");
            err.flush();
            try (Database db = Database.open(config, 4)) {
                Path model = modelFile != null ? modelFile.toAbsolutePath() : exampleModel();
                return DispatchBench.run(db, name -> cleanup.worker(startWorker(config, name, work)), WORKERS, model, runs,
                        LATENCY_SAMPLES, work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static Path exampleModel() {
        Path model = Path.of("examples", "peaks", "model.yaml");
        if (!Files.isRegularFile(model)) {
            throw new BadInputException("bench --dispatch fits examples/peaks/model.yaml (or the MODEL given): run it from "
                    + "the repository root");
        }
        return model.toAbsolutePath();
    }

    private static Process startWorker(DbConfig store, String name, Path work) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(EvofitChild.command("worker", "--db", store.url(), "--name", name, "--slots",
                "1", "--threads", "1", "--cache", work.resolve(name).toString(), "--quiet")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".out").toFile()));
        // Credentials travel in the environment, never on the command line.
        if (store.user() != null) {
            pb.environment().put(DbConfig.USER_ENV, store.user());
        }
        if (store.password() != null) {
            pb.environment().put(DbConfig.PASSWORD_ENV, store.password());
        }
        return pb.start();
    }

    static void add(ObjectNode root, StringBuilder table, DispatchBench.Report r) {
        ObjectNode n = root.putObject("dispatch");
        n.put("workers", r.workers());
        n.put("runs", r.runs());
        n.put("latencySamples", r.latencySamples());
        n.put("medianLatencyMs", r.medianLatencyMs());
        n.put("maxLatencyMs", r.maxLatencyMs());
        n.put("wallSeconds", r.wallSeconds());
        n.put("fitSeconds", r.fitSeconds());
        n.put("overheadPerRunMs", r.overheadPerRunMs());
        n.put("medianInJobOverheadMs", r.medianInJobOverheadMs());
        n.put("medianGapMs", r.medianGapMs());
        table.append(String.format(Locale.ROOT, "dispatch: %d workers x 1 slot%n", r.workers()));
        table.append(String.format(Locale.ROOT, "  submission to start: median %.1f ms, max %.1f ms (%d one-run sweeps, slot free)%n",
                r.medianLatencyMs(), r.maxLatencyMs(), r.latencySamples()));
        table.append(String.format(Locale.ROOT, "  %d tiny runs: wall %.2f s, fits' own time %.2f s, overhead %.1f ms per run "
                + "(in-job median %.1f ms, gap between runs in a slot median %.1f ms)%n", r.runs(), r.wallSeconds(),
                r.fitSeconds(), r.overheadPerRunMs(), r.medianInJobOverheadMs(), r.medianGapMs()));
    }

    /** The CPU's model name (Linux), else the architecture. */
    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the architecture is all there is.
        }
        return System.getProperty("os.arch");
    }
}
