package org.evofit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.EventLog;
import org.evofit.dispatch.RunStore;
import org.evofit.dispatch.PrunedSweep;
import org.evofit.dispatch.Pruner;
import org.evofit.dispatch.Submitter;
import org.evofit.dispatch.SweepActiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evofit prune}: removes finished sweeps, with everything stored for them, from the run store. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Delete sweeps from the run store: their runs, result files, checkpoints, the input files no "
                + "remaining sweep reads and their Quartz jobs, one transaction per sweep. A sweep with queued or "
                + "running runs is refused unless --force.")
final class PruneCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SWEEP", arity = "0..*", description = "Sweep ids to delete.")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--finished-before", paramLabel = "DATE|DURATION",
            description = "Instead of SWEEP: every sweep whose runs all ended before this date (2026-01-31, midnight UTC), "
                    + "instant (2026-01-31T12:00:00Z) or duration ago (30d, 12h, 2w, 90m, P30D). Scheduled sweeps are "
                    + "left alone; name one to delete it with its schedule.")
    String finishedBefore;

    @Option(names = "--dry-run", description = "Delete nothing; print what would be deleted.")
    boolean dryRun;

    @Option(names = "--force", description = "Cancel a sweep's queued and running runs first (as evofit cancel does).")
    boolean force;

    @Mixin
    DbOptions db;

    @Mixin
    LogOptions logOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (sweeps.isEmpty() == (finishedBefore == null)) {
            throw new BadInputException("prune: name SWEEP ids or give --finished-before, not both and not neither");
        }
        Instant cutoff = finishedBefore == null ? null : Cutoff.parse(finishedBefore, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        try (EventLog log = logOptions.open(); Database database = Database.open(db.resolve(), 2)) {
            Pruner pruner = new Pruner(database);
            List<String> chosen = cutoff == null ? named(database) : pruner.finishedBefore(cutoff);
            if (chosen.isEmpty()) {
                out.printf("no sweep finished before %s%n", cutoff);
                out.flush();
                return 0;
            }
            Map<String, Integer> active = pruner.active(chosen);
            if (!active.isEmpty() && !force) {
                throw new BadInputException(refusal(active));
            }
            if (dryRun) {
                print(out, "would prune", pruner.preview(chosen));
                return 0;
            }
            for (String s : active.keySet()) {
                Submitter.cancel(database, s, log);
            }
            List<PrunedSweep> done = new ArrayList<>();
            try {
                for (String s : chosen) {
                    pruner.prune(s).ifPresent(p -> {
                        done.add(p);
                        log.event("pruned", s, null, null, p.runs() + " runs " + p.bytes() + " bytes");
                    });
                }
            } catch (SweepActiveException e) {
                // A run was queued again between the check and the delete: the sweeps before it are gone.
                print(out, "pruned", done);
                throw new BadInputException(e.getMessage() + ": cancel it first (evofit cancel) or use --force");
            }
            print(out, "pruned", done);
        }
        return 0;
    }

    /** The named sweeps, each once, all of which must exist. */
    private List<String> named(Database database) {
        RunStore store = database.store();
        List<String> unique = sweeps.stream().distinct().toList();
        List<String> missing = unique.stream().filter(s -> !store.queue().hasSweep(s)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException("no sweep " + String.join(", ", missing) + " in " + database.config().url());
        }
        return unique;
    }

    private static String refusal(Map<String, Integer> active) {
        return active.entrySet().stream().map(e -> "sweep " + e.getKey() + " has " + e.getValue() + " queued or running runs")
                .collect(Collectors.joining("; ")) + ": cancel first (evofit cancel) or use --force; nothing was deleted";
    }

    private static void print(PrintWriter out, String verb, List<PrunedSweep> pruned) {
        int runs = 0;
        long bytes = 0;
        for (PrunedSweep p : pruned) {
            out.printf(Locale.ROOT, "%s sweep %s: %d runs, %d bytes of results and checkpoints, %d input files (%d bytes), "
                    + "%d Quartz jobs%n", verb, p.sweep(), p.runs(), p.fileBytes(), p.inputFiles(), p.inputBytes(), p.quartzJobs());
            runs += p.runs();
            bytes += p.bytes();
        }
        out.printf(Locale.ROOT, "%s %d sweeps, %d runs, %d bytes%n", verb, pruned.size(), runs, bytes);
        out.flush();
    }
}
