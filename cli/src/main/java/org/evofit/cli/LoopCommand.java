package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.evofit.dispatch.LocalOptions;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.LoopReport;
import org.evofit.looper.Looper;
import org.evofit.looper.SweepDirectory;
import org.evofit.looper.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evofit loop}: runs every fit of a sweep file, resumably. The whole sweep file is checked
 * (and every model loaded) before the first fit starts, so a mistake costs nothing.
 */
@Command(name = "loop", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Run a sweep: write DIR/sweep.json (the plan), DIR/runs/<id>/ (the files of evofit fit, "
                + "or error.txt), DIR/summary.csv and the run store DIR/evofit.db (SQLite; sweep id local). Runs already done are skipped. Exit code 0 when every "
                + "run succeeded, 1 when some failed, 2 for a mistake in the sweep file.")
final class LoopCommand extends Verb {

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML or JSON).")
    Path sweep;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the sweep's files.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Fits run at the same time (default: all ${sys:evofit.cores} cores).")
    Integer jobs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads per fit (default: cores / jobs, at least 1). Never changes a result.")
    Integer threads;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "10000",
            description = "Refuse a sweep that plans more than N runs (default: ${DEFAULT-VALUE}); "
                    + "the planned count is printed before any run starts.")
    long maxRuns;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "10",
            description = "Save each running fit's state into DIR/evofit.db every S seconds (0: never), so a killed "
                    + "loop resumes its fits where they were.")
    double checkpointSeconds;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Mixin
    ReportOptions reporting;

    static {
        System.setProperty("evofit.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() {
        reporting.checkDestinations(out);
        OptionValues.seconds(checkpointSeconds, "--checkpoint-seconds");
        OptionValues.count(jobs, "--jobs");
        OptionValues.count(threads, "--threads");
        if (maxRuns < 1) {
            throw new BadInputException("--max-runs must be at least 1, got " + maxRuns);
        }
        LocalOptions options = LocalOptions.forThisMachine(jobs, threads, Duration.ofMillis(Math.round(checkpointSeconds * 1000)));
        LocalSweep local = LocalSweep.plan(sweep, out, maxRuns);
        PrintWriter err = err();
        int done = local.done();
        if (!quiet) {
            err.printf("loop: %d runs, %d done already, %d jobs x %d threads%n", local.runs().size(), done, options.jobs(),
                    options.threads());
            err.flush();
        }
        Progress progress = new Progress(err, local.runs().size(), done);
        DataWarningPrinter warnings = new DataWarningPrinter(err);
        SweepDirectory directory = new SweepDirectory(out);
        LoopReport report = local.run(options, outcome -> {
            warnings.print(outcome.warnings());
            warnings.printRecorded(outcome.spec().id(), directory.dir(outcome.spec().id()));
            if (!quiet) {
                progress.accept(outcome);
            }
        }, message -> {
            synchronized (err) {
                err.println("loop: warning: " + message);
                err.flush();
            }
        });
        PrintWriter stdout = out();
        stdout.printf("%d of %d runs succeeded (%d resumed), %d failed; summary in %s%n", report.succeeded(),
                report.total(), report.skipped(), report.total() - report.succeeded(),
                out.resolve(Looper.SUMMARY_CSV));
        reporting.archiveDoneRuns(out, stdout);
        reporting.report(out, stdout);
        stdout.flush();
        return report.allSucceeded() ? 0 : Main.FAILURE;
    }
}
