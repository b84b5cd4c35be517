package org.evofit.wrapper.genx;

import org.evofit.wrapper.modelfile.YamlScalars;
import java.util.ArrayList;
import java.util.List;

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
        StringBuilder out = new StringBuilder();
        out.append("# Imported from the GenX project ").append(source).append(" by evofit import-genx.\n");
        out.append("# Start values, bounds and fit flags come from GenX's parameter table; the components from its\n");
        out.append("# peak classes and the sum its Sim function returns.\n");
        out.append("kind: curve\ncomponents:\n");
        for (CurveDraft.Component c : d.components.values()) {
            out.append("  - name: ").append(YamlScalars.string(c.name())).append('\n');
            out.append("    kind: ").append(c.kind()).append('\n');
            c.params().forEach((k, q) -> out.append("    ").append(k).append(": ").append(q.yaml()).append('\n'));
        }
        out.append('\n');
        out.append(FitYaml.data(data, files, solver)).append(FitYaml.optimizer(solver));
        out.append(FitYaml.untranslated(new ArrayList<>(d.untranslated)));
        return out.toString();
    }
}
