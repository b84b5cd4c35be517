package org.evofit.looper;

import java.util.List;
import org.evofit.wrapper.results.SweepJson;

/** The expanded plan as {@code sweep.json} ({@link SweepJson}): every run's id and inputs, in run order. */
public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as sweep.json. */
    public static String format(List<RunSpec> runs) {
        return SweepJson.of(runs.stream().map(PlanJson::run).toList()).format();
    }

    /** A run as sweep.json lists it; its sequence axis is read by the sweep report for trend charts. */
    static SweepJson.Run run(RunSpec r) {
        return new SweepJson.Run(r.id(), r.model().toString(), r.data() == null ? null : r.data().toString(),
                r.overrides(), r.seed(), r.sequence(), r.startFrom(), r.adjustBounds(), r.sequenceAxis().label(),
                r.sequenceAxis().unit(), r.settings(), SummaryCsv.dataSets(r));
    }
}
