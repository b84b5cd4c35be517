package org.evofit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.EventLog;
import org.evofit.dispatch.Submitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evofit cancel}: stops a sweep's queued and running runs. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a sweep: its queued runs never start, its running fits' results are not recorded.")
final class CancelCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SWEEP", description = "The sweep id.")
    String sweep;

    @Mixin
    DbOptions db;

    @Mixin
    LogOptions logOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int n;
        try (EventLog log = logOptions.open(); Database database = Database.open(db.resolve(), 2)) {
            database.storeWithSweep(sweep);
            n = Submitter.cancel(database, sweep, log);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d runs of sweep %s cancelled%n", n, sweep);
        out.flush();
        return 0;
    }
}
