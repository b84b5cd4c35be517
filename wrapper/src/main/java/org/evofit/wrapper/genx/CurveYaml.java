package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.modelfile.ModelSections;
import org.evofit.wrapper.modelfile.YamlLines;

/** Writes an imported peak-fitting model as a {@code kind: curve} model file, like examples/peaks. */
final class CurveYaml {

    private CurveYaml() {
    }

    /**
     * The text of model.yaml.
     *
     * @param d      the translated model, parameter table applied
     * @param data   the data sets, with their file names in {@code files}
     * @param files  each data set's file name, relative to model.yaml
     * @param solver GenX's solver settings
     * @param source the .hgx file's name, for the header comment
     * @return the YAML text
     */
    static String write(CurveDraft d, List<GenxDataSet> data, List<String> files, SolverSettings solver, String source) {
        YamlLines out = new YamlLines();
        out.comment("", "Imported from the GenX project " + source + " by evofit import-genx.");
        out.comment("", "Start values, bounds and fit flags come from GenX's parameter table; the components from its");
        out.comment("", "peak classes and the sum its Sim function returns.");
        out.line("kind: curve").line("components:");
        for (CurveDraft.Component c : d.components.values()) {
            Map<String, String> params = new LinkedHashMap<>();
            c.params().forEach((k, q) -> params.put(k, q.yaml()));
            ModelSections.component(out, c.name(), c.kind(), params);
        }
        out.blank();
        FitYaml.data(out, data, files, solver);
        FitYaml.optimizer(out, solver);
        FitYaml.untranslated(out, d.untranslated);
        return out.text();
    }
}
