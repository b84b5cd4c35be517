package org.evofit.cli;

import java.io.PrintWriter;
import org.evofit.dispatch.Submitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code evofit cancel}: stops a sweep's queued and running runs. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a sweep: its queued runs never start, its running fits' results are not recorded.")
final class CancelCommand extends Verb {

    @Parameters(paramLabel = "SWEEP", description = "The sweep id.")
    String sweep;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        int n = store.changeExisting((database, log) -> {
            database.storeWithSweep(sweep);
            return Submitter.cancel(database, sweep, log);
        });
        PrintWriter out = out();
        out.printf("%d runs of sweep %s cancelled%n", n, sweep);
        out.flush();
        return 0;
    }
}
