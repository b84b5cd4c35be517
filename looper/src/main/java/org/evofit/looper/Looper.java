package org.evofit.looper;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.FileNames;

/**
 * Runs a planned sweep into an output directory: writes {@code sweep.json} (the plan), skips the
 * runs whose {@code runs/<id>/result.json} exists and parses, hands the rest to a dispatcher, and
 * rewrites {@code summary.csv} from every run on disk.
 *
 * <pre>{@code
 * List<RunSpec> plan = SweepPlan.expand(SweepFile.read(Path.of("sweep.yaml")));
 * SweepDirectory out = new SweepDirectory(Path.of("out"));
 * LoopReport report = Looper.run(plan, out,
 *         new LocalDispatcher(2, new RunExecutor(out, 1)), outcome -> { });
 * }</pre>
 */
public final class Looper {

    /** The plan's file name. */
    public static final String SWEEP_JSON = "sweep.json";
    /** The summary's file name. */
    public static final String SUMMARY_CSV = "summary.csv";

    private Looper() {
    }

    /**
     * Runs the plan's runs that are not done yet.
     *
     * @param listener told of each run as it ends (after the dispatcher's own bookkeeping)
     */
    public static LoopReport run(List<RunSpec> plan, SweepDirectory store, Dispatcher dispatcher,
                                 Consumer<RunOutcome> listener) {
        return run(plan, store, dispatcher, listener, FileNames.AS_GIVEN);
    }

    /**
     * Runs the plan's runs that are not done yet, as {@link #run(List, SweepDirectory, Dispatcher, Consumer)} does,
     * sweep.json and summary.csv naming the model and data files by {@code names} (the web service's: as
     * uploaded, as its runs' own files name them).
     */
    public static LoopReport run(List<RunSpec> plan, SweepDirectory store, Dispatcher dispatcher,
                                 Consumer<RunOutcome> listener, FileNames names) {
        AtomicFiles.writeText(store.out().resolve(SWEEP_JSON), PlanJson.format(plan, names));
        store.removeStaging();
        List<RunSpec> pending = plan.stream().filter(r -> !store.isDone(r)).toList();
        int[] failed = {0};
        try {
            dispatcher.run(pending, outcome -> {
                if (!outcome.ok()) {
                    failed[0]++;
                }
                listener.accept(outcome);
            });
        } finally {
            // Even an interrupted sweep leaves a summary of what is on disk.
            AtomicFiles.writeText(store.out().resolve(SUMMARY_CSV), SummaryCsv.format(plan, store, Set.of(), names));
        }
        int succeeded = (int) plan.stream().filter(r -> store.isDone(r)).count();
        return new LoopReport(plan.size(), plan.size() - pending.size(), succeeded, failed[0]);
    }

    /** How many of the plan's runs are done already (for progress before running). */
    public static int done(List<RunSpec> plan, SweepDirectory store) {
        return (int) plan.stream().filter(r -> store.isDone(r)).count();
    }
}
