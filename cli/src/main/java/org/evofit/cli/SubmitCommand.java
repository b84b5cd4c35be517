package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.Plans;
import org.evofit.dispatch.Submitter;
import org.evofit.dispatch.SweepEntry;
import org.evofit.looper.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit submit}: queues a sweep (or one model file as a one-run sweep) and prints its id. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Queue every fit of a sweep file (or a single model file) in the cluster's run store and print "
                + "the sweep id on stdout. The model and data files travel in the store: workers need no shared disk.")
final class SubmitCommand extends Verb {

    @Parameters(paramLabel = "MODEL|SWEEP", description = "A sweep file or a model file.")
    Path file;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "10000",
            description = "Refuse a sweep that plans more than N runs (default: ${DEFAULT-VALUE}).")
    long maxRuns;

    @Mixin
    StoreOptions store;

    @Option(names = "--again", description = "Submit even when a sweep with the same runs of this file is in the store "
            + "already (by default its id is printed and nothing is submitted, so that retrying a submission is safe).")
    boolean again;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        DbConfig config = store.db.resolve();
        if (!config.isPostgres()) {
            throw new BadInputException("--db: submit needs the cluster's PostgreSQL store; for local runs use evofit loop");
        }
        List<RunSpec> plan = Plans.of(file, maxRuns);
        String source = file.toAbsolutePath().normalize().toString();
        PrintWriter out = out();
        PrintWriter err = err();
        return store.change(config, (database, log) -> {
            Optional<SweepEntry> same = again ? Optional.empty() : Submitter.existing(database, source, plan);
            if (same.isPresent()) {
                out.println(same.get().id());
                out.flush();
                err.println("sweep " + same.get().id() + " (submitted " + same.get().submitted() + ") has these runs of "
                        + source + " already: not submitted again (--again submits a second copy)");
                err.flush();
                return 0;
            }
            Submitter.submit(database, source, plan, log, id -> {
                // The id first: once the sweep is stored it runs, whatever happens to this process next.
                out.println(id);
                out.flush();
            });
            return 0;
        });
    }
}
