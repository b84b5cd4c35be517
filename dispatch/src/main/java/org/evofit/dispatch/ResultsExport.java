package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.looper.Looper;
import org.evofit.looper.PlanJson;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.evofit.looper.SummaryCsv;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.FileNames;

/**
 * Writes a sweep's results from the run store in the layout of {@code evofit loop}:
 * {@code DIR/sweep.json}, {@code DIR/runs/<id>/} (the recorded files) and {@code DIR/summary.csv},
 * with looper's own writers, so a cluster sweep and a local one read alike: the plan and the summary name the
 * model and data files as the stored sweep has them named ({@link FileStore#shownAs}).
 */
public final class ResultsExport {

    private ResultsExport() {
    }

    /**
     * Writes the files; each run's directory is written all or nothing.
     *
     * @return the number of runs with recorded files
     */
    public static int write(RunStore store, String sweep, Path out) {
        List<RunRow> rows = store.queue().runs(sweep);
        List<RunSpec> plan = rows.stream().map(RunRow::spec).toList();
        SweepDirectory local = new SweepDirectory(out);
        int written = 0;
        for (RunRow row : rows) {
            if (writeRun(store, sweep, row.id(), local)) {
                written++;
            }
        }
        // The plan and the summary name the files as the runs' own files do (evofit serve's: as uploaded).
        FileNames names = InputFiles.naming(store.files().shownAs(sweep));
        AtomicFiles.writeText(out.resolve(Looper.SWEEP_JSON), PlanJson.format(plan, names));
        java.util.Set<String> cancelled = rows.stream().filter(r -> r.status() == RunStatus.CANCELLED).map(RunRow::id)
                .collect(java.util.stream.Collectors.toSet());
        AtomicFiles.writeText(out.resolve(Looper.SUMMARY_CSV), SummaryCsv.format(plan, local, cancelled, names));
        return written;
    }

    /**
     * Writes one run's recorded files into its directory, all or nothing.
     *
     * @return whether the run has recorded files
     */
    static boolean writeRun(RunStore store, String sweep, String run, SweepDirectory directory) {
        Map<String, byte[]> files = store.files().runFiles(sweep, run);
        if (files.isEmpty()) {
            return false;
        }
        // The run's directory holds the recorded files only (not an earlier attempt's error.txt).
        AtomicFiles atomic = new AtomicFiles().replacing(directory.dir(run), name -> !name.startsWith("."));
        files.forEach((name, bytes) -> atomic.bytes(directory.dir(run).resolve(name), bytes));
        atomic.commit();
        return true;
    }
}
