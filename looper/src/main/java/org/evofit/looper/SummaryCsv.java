package org.evofit.looper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.results.Estimate;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultJson;
import org.evofit.wrapper.results.SummaryRow;

/**
 * {@code summary.csv} ({@link SummaryRow}): one row per run of the plan, read back from the run
 * directories so that a resumed sweep summarises old and new runs alike. Status is {@code ok},
 * {@code failed}, {@code cancelled} (a cluster sweep's run cancelled before it ended) or {@code pending}
 * (not run yet); the parameters are those of any run, first seen first. A sweep whose runs sampled
 * their posteriors ({@code sample:}) adds, after them, {@code <parameter>.median} and
 * {@code <parameter>.median.error} for every sampled parameter: the posterior median and half the
 * width of its central 68 % interval.
 */
public final class SummaryCsv {

    /** The suffix of a posterior median's column. */
    static final String MEDIAN = ".median";

    private SummaryCsv() {
    }

    /** The summary of {@code runs} as {@code store} holds them. */
    public static String format(List<RunSpec> runs, SweepDirectory store) {
        return format(runs, store, Set.of());
    }

    /** The summary, with the runs of {@code cancelled} that have no result marked cancelled rather than pending. */
    public static String format(List<RunSpec> runs, SweepDirectory store, Set<String> cancelled) {
        return format(runs, store, cancelled, FileNames.AS_GIVEN);
    }

    /**
     * The summary as {@link #format(List, SweepDirectory, Set)} makes it, each run's model and data files named by
     * {@code fileNames} (the web service's: as uploaded) rather than as the sweep file gave them.
     */
    public static String format(List<RunSpec> runs, SweepDirectory store, Set<String> cancelled, FileNames fileNames) {
        Map<String, ResultJson> results = new TreeMap<>();
        Map<String, PosteriorJson> posteriors = new TreeMap<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> sampled = new LinkedHashSet<>();
        for (RunSpec r : runs) {
            store.result(r.id()).map(ResultJson::of).ifPresent(result -> {
                results.put(r.id(), result);
                result.parameters().forEach(p -> names.add(p.name()));
            });
            if (results.containsKey(r.id()) && store.isDone(r)) {
                PosteriorJson posterior = PosteriorJson.section(store.dir(r.id()).resolve(ResultFiles.RESULT_JSON));
                if (posterior != null) {
                    posteriors.put(r.id(), posterior);
                    posterior.parameters().forEach(p -> sampled.add(p.name()));
                }
            }
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (RunSpec r : runs) {
            ResultJson result = results.get(r.id());
            Optional<String> error = store.error(r.id());
            List<Estimate> estimates = new ArrayList<>();
            for (String name : names) {
                estimates.add(result == null ? Estimate.NONE : estimate(result, name));
            }
            for (String name : sampled) {
                estimates.add(median(posteriors.get(r.id()), name));
            }
            rows.add(new SummaryRow(r.id(), fileNames.of(r.model()), r.data() == null ? "" : fileNames.of(r.data()),
                    r.seed(), r.sequence(), result != null && store.isDone(r) ? "ok" : error.isPresent() ? "failed"
                            : cancelled.contains(r.id()) ? "cancelled" : "pending",
                    result == null ? null : finite(result.fom()), estimates,
                    result != null ? "" : error.orElse(""), dataSets(r, fileNames)));
        }
        // Only sweeps with a sequence: get its column, so other summaries keep their layout.
        boolean sequence = runs.stream().anyMatch(r -> r.sequence() != null);
        List<String> columns = new ArrayList<>(names);
        sampled.forEach(name -> columns.add(name + MEDIAN));
        return SummaryRow.format(new SummaryRow.Table(sequence, columns, rows));
    }

    /** Each data set's file by its name, named by {@code names}, for a run of a per-data-set {@code data:}. */
    static Map<String, String> dataSets(RunSpec r, FileNames names) {
        Map<String, String> out = new LinkedHashMap<>();
        r.dataSets().forEach((name, file) -> out.put(name, names.of(file)));
        return out;
    }

    /** The posterior median and half its 68 % interval, or none when the run has no such posterior. */
    private static Estimate median(PosteriorJson posterior, String name) {
        if (posterior == null) {
            return Estimate.NONE;
        }
        return posterior.parameters().stream().filter(p -> name.equals(p.name())).findFirst()
                .map(p -> new Estimate(p.median(), (p.high68() - p.low68()) / 2)).orElse(Estimate.NONE);
    }

    private static Estimate estimate(ResultJson result, String name) {
        return result.parameters().stream().filter(p -> name.equals(p.name())).findFirst()
                .map(p -> new Estimate(finite(p.value()), finite(p.error()))).orElse(Estimate.NONE);
    }

    /** result.json holds no NaN: null there (read as NaN) is an empty field here, as it always was. */
    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
