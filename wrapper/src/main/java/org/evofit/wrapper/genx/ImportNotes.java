package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.modelfile.ModelNotes;
import org.evofit.wrapper.modelfile.OptimizerYaml;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * The comments an imported model file carries, written by the model-file writer: where the model came
 * from, what GenX's settings mean in evofit's terms, and (lenient imports) the script lines it leaves out.
 */
final class ImportNotes {

    private ImportNotes() {
    }

    /**
     * The notes of an imported model.
     *
     * @param header           the provenance lines at the top
     * @param valueTexts       by parameter: the constant expression the script gave its value as
     * @param sections         by section key: a comment after the key
     * @param couplingComments each coupling's comment, in order
     */
    static ModelNotes of(List<String> header, Map<String, String> valueTexts, Map<String, String> sections,
                         List<String> couplingComments, List<GenxDataSet> data, SolverSettings solver,
                         List<ScriptLine> untranslated) {
        List<String> columns = data.stream().map(GenxDataSet::columnsNote).toList();
        List<String> withOrigins = new ArrayList<>(header);
        data.stream().map(d -> d.form().note()).filter(java.util.Objects::nonNull).forEach(withOrigins::add);
        Map<String, String> withOptimizer = new java.util.HashMap<>(sections);
        withOptimizer.put("optimizer", "GenX's [solver] settings");
        return new ModelNotes(withOrigins, valueTexts, withOptimizer, couplingComments, columns, optimizer(solver),
                footer(untranslated));
    }

    private static OptimizerYaml.Notes optimizer(SolverSettings s) {
        return new OptimizerYaml.Notes(Map.of("populationMultiplier", "x free parameters",
                "generationMultiplier", "x free parameters x population",
                "minSpread", "GenX's min parameter spread, " + YamlScalars.number(s.minSpreadPercent()) + " %"),
                Map.of("restarts", List.of(
                        "evofit's addition: a single run of GenX's settings ends in one of several basins by chance;",
                        "16 short runs screen them and the best goes on for the generations above.",
                        "Remove these two lines for GenX's single run.")),
                s.stated());
    }

    /** The lines a lenient import left out; none when there are none. */
    private static List<String> footer(List<ScriptLine> lines) {
        List<String> out = new ArrayList<>();
        if (!lines.isEmpty()) {
            out.add("NOT TRANSLATED (imported with --lenient): the curve above ignores these, so it may differ");
            out.add("from GenX's until they are expressed in this file by hand.");
            lines.forEach(l -> out.add("  " + l.describe().replace("\n", " ")));
        }
        return out;
    }
}
