package org.evofit.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.evofit.dispatch.EventLog;
import org.evofit.dispatch.Worker;
import org.evofit.dispatch.WorkerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evofit worker}: joins the cluster and runs fits until stopped. SIGTERM (or Ctrl-C) checkpoints
 * the running fits and hands them back to the queue before leaving.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Join the cluster of the PostgreSQL run store and run its fits until stopped (SIGTERM: running "
                + "fits checkpoint and go back to the queue).")
final class WorkerCommand extends Verb {

    @Mixin
    StoreOptions store;

    @Option(names = "--slots", paramLabel = "N", description = "Fits run at the same time (default: all cores).")
    Integer slots;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads per fit (default: cores / slots, at least 1). Never changes a result.")
    Integer threads;

    @Option(names = "--name", paramLabel = "NAME", description = "Name in the run store and logs (default: host-pid).")
    String name;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Local directory for input and run files (default: a directory in java.io.tmpdir).")
    Path cache;

    @Option(names = "--checkpoint-generations", paramLabel = "K", defaultValue = "0",
            description = "Save a running fit's state every K generations, exactly (0: never by count).")
    int checkpointGenerations;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "10",
            description = "... and every S seconds, saving only while checkpoints have taken under 1 %% of the fit's time "
                    + "(0: never by time).")
    double checkpointSeconds;

    @Override
    public Integer call() {
        OptionValues.seconds(checkpointSeconds, "--checkpoint-seconds");
        OptionValues.count(slots, "--slots");
        OptionValues.count(threads, "--threads");
        WorkerOptions options;
        try {
            options = WorkerOptions.forThisMachine(name, slots, threads, cache, checkpointGenerations,
                    Duration.ofMillis(Math.round(checkpointSeconds * 1000)));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        EventLog log = store.log.open();
        Worker worker;
        try {
            worker = Worker.start(store.db.resolve(), options, log);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.stop();
            log.close();
        }, "evofit-worker-shutdown"));
        worker.awaitStopped();
        return 0;
    }
}
