package org.evofit.wrapper.genx;

import java.util.List;
import java.util.Map;
import org.evofit.core.data.ColumnSpec;
import org.evofit.wrapper.modelfile.DataEntry;
import org.evofit.wrapper.modelfile.ModelSections;
import org.evofit.wrapper.modelfile.OptimizerYaml;
import org.evofit.wrapper.modelfile.YamlLines;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * The parts of an imported model file that do not depend on the model kind: the data sets and GenX's
 * {@code [solver]} settings as {@code fom:} and {@code optimizer:}, written through the model-file
 * writer's sections. Shared by the reflectivity and the curve import so both fit with the same settings.
 */
final class FitYaml {

    private FitYaml() {
    }

    /** The {@code data:} block, followed by a blank line. */
    static void data(YamlLines out, List<GenxDataSet> data, List<String> files, SolverSettings solver) {
        out.line("data:");
        double[] range = solver.fitRange() != null ? solver.fitRange()
                : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (int i = 0; i < data.size(); i++) {
            GenxDataSet d = data.get(i);
            // The error column is always written; GenX had "use error" off for this set when it is not mapped.
            ColumnSpec columns = ColumnSpec.of(0, 1, d.useError() ? 2 : ColumnSpec.ABSENT, ColumnSpec.ABSENT);
            ModelSections.data(out, new DataEntry(d.name(), files.get(i), null, columns,
                    d.useError() ? null : "column 2 holds GenX's errors, which it did not use", range[0], range[1]));
        }
        out.blank();
    }

    /** The {@code fom:} line and the {@code optimizer:} block. */
    static void optimizer(YamlLines out, SolverSettings s) {
        ModelSections.fom(out, s.fom(), !s.ignoreNonFinite());
        out.blank();
        ModelSections.optimizer(out, "GenX's [solver] settings", OptimizerYaml.lines(s.settings(),
                new OptimizerYaml.Notes(Map.of("populationMultiplier", "x free parameters",
                        "generationMultiplier", "x free parameters x population",
                        "minSpread", "GenX's min parameter spread, " + YamlScalars.number(s.minSpreadPercent()) + " %"),
                        Map.of("restarts", List.of(
                                "evofit's addition: a single run of GenX's settings ends in one of several basins "
                                        + "by chance;",
                                "16 short runs screen them and the best goes on for the generations above.",
                                "Remove these two lines for GenX's single run.")),
                        s.stated())));
    }

    /** The lines a lenient import left out, as comments at the end of the file; nothing when there are none. */
    static void untranslated(YamlLines out, List<ScriptLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.blank();
        out.comment("", "NOT TRANSLATED (imported with --lenient): the curve above ignores these, so it may differ");
        out.comment("", "from GenX's until they are expressed in this file by hand.");
        for (ScriptLine l : lines) {
            out.comment("", "  " + l.describe().replace("\n", " "));
        }
    }
}
