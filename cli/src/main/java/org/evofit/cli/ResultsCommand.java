package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.RunStore;
import org.evofit.dispatch.ResultsExport;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.SweepCounts;
import org.evofit.looper.Looper;
import org.evofit.looper.SweepDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit results}: a sweep's recorded files, in the layout of {@code evofit loop}. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Write a sweep's results from the run store as evofit loop does: DIR/sweep.json, DIR/runs/<id>/ "
                + "and DIR/summary.csv. Exit code 0 when every run is done, 1 otherwise.")
final class ResultsCommand extends Verb {

    @Parameters(paramLabel = "SWEEP", description = "The sweep id (printed by evofit submit).")
    String sweep;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the files.")
    Path out;

    @Mixin
    DbOptions db;

    @Mixin
    ReportOptions reporting;

    @Override
    public Integer call() {
        reporting.checkDestinations(out);
        SweepCounts counts;
        int written;
        List<String> runs;
        try (Database database = db.openExisting()) {
            RunStore store = database.storeWithSweep(sweep);
            written = ResultsExport.write(store, sweep, out);
            counts = store.queue().counts(sweep);
            runs = store.queue().runs(sweep).stream().map(RunRow::id).toList();
        }
        // What a local loop would have told of these runs as they ended.
        DataWarningPrinter warnings = new DataWarningPrinter(err());
        SweepDirectory directory = new SweepDirectory(out);
        runs.forEach(run -> warnings.printRecorded(run, directory.dir(run)));
        PrintWriter stdout = out();
        int ended = counts.count(RunStatus.DONE) + counts.count(RunStatus.FAILED) + counts.count(RunStatus.CANCELLED);
        stdout.printf("%d of %d runs done, %d failed, %d cancelled, %d not ended; %d written; summary in %s%n",
                counts.count(RunStatus.DONE), counts.total(), counts.count(RunStatus.FAILED), counts.count(RunStatus.CANCELLED),
                counts.total() - ended, written, out.resolve(Looper.SUMMARY_CSV));
        reporting.archiveDoneRuns(out, stdout);
        reporting.report(out, stdout);
        stdout.flush();
        return counts.count(RunStatus.DONE) == counts.total() ? 0 : Main.FAILURE;
    }
}
