package org.evofit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.evofit.dispatch.PruneRequest;
import org.evofit.dispatch.PruneResult;
import org.evofit.dispatch.PrunedSweep;
import org.evofit.dispatch.Pruner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit prune}: removes finished sweeps, with everything stored for them, from the run store. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Delete sweeps from the run store: their runs, result files, checkpoints, the input files no "
                + "remaining sweep reads and their schedules' Quartz jobs, one transaction per sweep. A sweep with queued or "
                + "running runs is refused unless --force.")
final class PruneCommand extends Verb {

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
    StoreOptions store;

    @Override
    public Integer call() {
        if (sweeps.isEmpty() == (finishedBefore == null)) {
            throw new BadInputException("prune: name SWEEP ids or give --finished-before, not both and not neither");
        }
        Instant cutoff = finishedBefore == null ? null : Cutoff.parse(finishedBefore, Instant.now());
        PrintWriter out = out();
        PruneRequest request = new PruneRequest(cutoff == null ? sweeps : List.of(), cutoff, dryRun, force);
        PruneResult result = store.changeExisting((database, log) -> new Pruner(database).prune(request, log));
        switch (result.outcome()) {
            case NONE_FINISHED -> {
                out.printf("no sweep finished before %s%n", cutoff);
                out.flush();
            }
            case REFUSED -> throw new BadInputException(refusal(result.active()));
            case DRY_RUN -> print(out, "would prune", result.sweeps());
            case PRUNED -> print(out, "pruned", result.sweeps());
            case INTERRUPTED -> {
                print(out, "pruned", result.sweeps());
                throw new BadInputException(result.interrupted() + ": cancel it first (evofit cancel) or use --force");
            }
        }
        return 0;
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
