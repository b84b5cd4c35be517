package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.Plans;
import org.evofit.dispatch.Submitter;
import org.evofit.looper.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code evofit submit}: queues a sweep (or one model file as a one-run sweep) and prints its id. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Queue every fit of a sweep file (or a single model file) in the cluster's run store and print "
                + "the sweep id on stdout. The model and data files travel in the store: workers need no shared disk.")
final class SubmitCommand extends Verb {

    @Parameters(paramLabel = "MODEL|SWEEP", description = "A sweep file or a model file.")
    Path file;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        DbConfig config = store.db.resolve();
        if (!config.isPostgres()) {
            throw new BadInputException("--db: submit needs the cluster's PostgreSQL store; for local runs use evofit loop");
        }
        List<RunSpec> plan = Plans.of(file);
        String sweep = store.change(config,
                (database, log) -> Submitter.submit(database, file.toAbsolutePath().normalize().toString(), plan, log).sweep());
        PrintWriter out = out();
        out.println(sweep);
        out.flush();
        return 0;
    }
}
