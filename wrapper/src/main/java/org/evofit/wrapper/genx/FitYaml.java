package org.evofit.wrapper.genx;

import org.evofit.wrapper.modelfile.YamlScalars;
import java.util.List;

/**
 * The parts of an imported model file that do not depend on the model kind: the data sets and GenX's
 * {@code [solver]} settings as {@code fom:} and {@code optimizer:}. Shared by the reflectivity and the
 * curve writer so both imports fit with the same settings.
 */
final class FitYaml {

    private FitYaml() {
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }

    /** The {@code data:} block, followed by a blank line. */
    static String data(List<GenxDataSet> data, List<String> files, SolverSettings solver) {
        StringBuilder out = new StringBuilder();
        line(out, "data:");
        for (int i = 0; i < data.size(); i++) {
            GenxDataSet d = data.get(i);
            line(out, "  - name: " + YamlScalars.quoted(d.name()));
            line(out, "    file: " + YamlScalars.quoted(files.get(i)));
            // The error column is always written; GenX had "use error" off for this set when it is not mapped.
            line(out, "    columns: {x: 0, y: 1" + (d.useError() ? ", error: 2" : "") + "}"
                    + (d.useError() ? "" : "   # column 2 holds GenX's errors, which it did not use"));
            if (solver.fitRange() != null) {
                line(out, "    range: {xmin: " + YamlScalars.number(solver.fitRange()[0]) + ", xmax: "
                        + YamlScalars.number(solver.fitRange()[1]) + "}");
            }
        }
        line(out, "");
        return out.toString();
    }

    /** The {@code fom:} line and the {@code optimizer:} block. */
    static String optimizer(SolverSettings s) {
        StringBuilder out = new StringBuilder();
        line(out, "fom: " + (s.ignoreNonFinite() ? YamlScalars.string(s.fom())
                : "{name: " + YamlScalars.string(s.fom()) + ", nonFinite: fail}"));
        line(out, "");
        line(out, "optimizer:                          # GenX's [solver] settings");
        line(out, "  strategy: " + YamlScalars.string(s.strategy()));
        line(out, "  km: " + YamlScalars.number(s.km()));
        line(out, "  kr: " + YamlScalars.number(s.kr()));
        line(out, s.usePopulationMultiplier() ? "  populationMultiplier: " + s.populationMultiplier() + "   # x free parameters"
                : "  population: " + s.populationSize());
        line(out, s.useMaxGenerations() ? "  generations: " + s.maxGenerations()
                : "  generationMultiplier: " + s.generationMultiplier() + "   # x free parameters x population");
        line(out, "  minSpread: " + YamlScalars.number(s.minSpreadPercent() / 100) + "   # GenX's min parameter spread, "
                + YamlScalars.number(s.minSpreadPercent()) + " %");
        line(out, "  startGuess: " + s.useStartGuess());
        line(out, "  boundaries: " + (s.useBoundaries() ? "reinitialize" : "ignore"));
        line(out, "  errorbarLevel: " + YamlScalars.number(s.errorbarLevel()));
        line(out, "  # evofit's addition: a single run of GenX's settings ends in one of several basins by chance;");
        line(out, "  # 16 short runs screen them and the best goes on for the generations above.");
        line(out, "  # Remove these two lines for GenX's single run.");
        line(out, "  restarts: 16");
        line(out, "  restartGenerations: 150");
        return out.toString();
    }

    /** The lines a lenient import left out, as comments at the end of the file; empty when there are none. */
    static String untranslated(List<ScriptLine> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        line(out, "");
        line(out, "# NOT TRANSLATED (imported with --lenient): the curve above ignores these, so it may differ");
        line(out, "# from GenX's until they are expressed in this file by hand.");
        for (ScriptLine l : lines) {
            line(out, "#   " + l.describe().replace("\n", " "));
        }
        return out.toString();
    }
}
