package org.evofit.looper;

import java.util.List;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.results.SweepJson;

/** The expanded plan as {@code sweep.json} ({@link SweepJson}): every run's id and inputs, in run order. */
public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as sweep.json, its model and data files named as the sweep file gave them. */
    public static String format(List<RunSpec> runs) {
        return format(runs, FileNames.AS_GIVEN);
    }

    /**
     * The plan as sweep.json, its model and data files named by {@code names} (the web service's: as uploaded,
     * as the runs' own files name them).
     */
    public static String format(List<RunSpec> runs, FileNames names) {
        return SweepJson.of(runs.stream().map(r -> run(r, names)).toList()).format();
    }

    /** A run as sweep.json lists it; its sequence axis is read by the sweep report for trend charts. */
    static SweepJson.Run run(RunSpec r, FileNames names) {
        return new SweepJson.Run(r.id(), names.of(r.model()), r.data() == null ? null : names.of(r.data()),
                r.overrides(), r.seed(), r.sequence(), r.startFrom(), r.adjustBounds(), r.sequenceAxis().label(),
                r.sequenceAxis().unit(), r.settings(), SummaryCsv.dataSets(r, names));
    }
}
