package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.modelfile.ModelSections;
import org.evofit.wrapper.modelfile.YamlLines;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * Writes the imported reflectivity model as an evofit model file, in the layout of the hand-written
 * examples (one line per layer); the sections it shares with Model.save go through {@link ModelSections}.
 */
final class ModelYaml {

    private final YamlLines out = new YamlLines();

    private ModelYaml() {
    }

    /**
     * The text of model.yaml.
     *
     * @param m         the translated model
     * @param data      the data sets, with their file names in {@code files}
     * @param files     each data set's file name, relative to model.yaml
     * @param solver    GenX's solver settings
     * @param source    the .hgx file's name, for the header comment
     * @return the YAML text
     */
    static String write(ModelDraft m, List<GenxDataSet> data, List<String> files, SolverSettings solver,
                        String source) {
        ModelYaml y = new ModelYaml();
        y.header(source);
        y.instrument(m);
        y.layers(m);
        y.sample(m);
        y.variables(m);
        y.couplings(m);
        FitYaml.data(y.out, data, files, solver);
        FitYaml.optimizer(y.out, solver);
        FitYaml.untranslated(y.out, m.untranslated);
        return y.out.text();
    }

    private void line(String s) {
        out.line(s);
    }

    private void header(String source) {
        line("# Imported from the GenX project " + source + " by evofit import-genx.");
        line("# Start values, bounds and fit flags come from GenX's parameter table; densities, materials,");
        line("# stacks and couplings from its model script (spec_nx).");
        line("kind: reflectivity");
        line("");
    }

    private void instrument(ModelDraft m) {
        Map<String, Quantity> q = m.instrument;
        line("instrument:");
        line("  probe: " + YamlScalars.string(m.instrumentText.getOrDefault("probe", "x-ray")));
        put("  wavelength: ", q.get(InstrumentQuantity.WAVELENGTH.key()));
        String coords = m.instrumentText.getOrDefault("coords", "tth");
        out.aligned("  coords: " + YamlScalars.string(coords), coords.equals("tth") ? "x is 2-theta in degrees" : null);
        for (InstrumentQuantity k : List.of(InstrumentQuantity.I0, InstrumentQuantity.IBKG, InstrumentQuantity.TTHOFF)) {
            put("  " + k.fileKey() + ": ", q.get(k.key()));
        }
        List<String> res = new ArrayList<>();
        res.add("type: " + YamlScalars.string(m.instrumentText.getOrDefault("restype", "no conv")));
        item(res, InstrumentQuantity.RES.fileKey(), q.get(InstrumentQuantity.RES.key()));
        item(res, "points", q.get("respoints"));
        item(res, "range", q.get("resintrange"));
        line("  resolution: {" + String.join(", ", res) + "}");
        List<String> foot = new ArrayList<>();
        foot.add("type: " + YamlScalars.string(m.instrumentText.getOrDefault("footype", "no corr")));
        for (InstrumentQuantity k : List.of(InstrumentQuantity.BEAMW, InstrumentQuantity.SAMPLELEN)) {
            item(foot, k.fileKey(), q.get(k.key()));
        }
        line("  footprint: {" + String.join(", ", foot) + "}");
        line("");
    }

    private void put(String prefix, Quantity q) {
        if (q != null) {
            line(prefix + q.yaml());
        }
    }

    private static void item(List<String> items, String key, Quantity q) {
        if (q != null) {
            items.add(key + ": " + q.yaml());
        }
    }

    private void layers(ModelDraft m) {
        out.section("layers", "d and sigma in angstrom; dens in formula units per cubic angstrom");
        int width = m.layers.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        for (LayerDraft layer : m.layers.values()) {
            List<String> items = new ArrayList<>();
            String material = m.materials.get(layer.name());
            if (material != null) {
                items.add("material: " + YamlScalars.string(material));
            }
            for (LayerQuantity k : LayerQuantity.values()) {
                item(items, k.key(), layer.quantities().get(k.key()));
            }
            line("  " + String.format("%-" + width + "s", layer.name() + ":") + " {" + String.join(", ", items) + "}");
        }
        line("");
    }

    private void sample(ModelDraft m) {
        line("sample:");
        line("  ambient: " + m.ambient);
        out.section("  stacks", "from the substrate up, as GenX lists them");
        for (String name : m.sampleStacks) {
            StackSpec s = m.stacks.get(name);
            line("    - {name: " + name + ", layers: [" + String.join(", ", s.layers()) + "], "
                    + StackSpec.REPETITIONS + ": " + YamlScalars.number(s.repetitions()) + "}");
        }
        line("  substrate: " + m.substrate);
        line("");
    }

    private void variables(ModelDraft m) {
        Map<String, String> spelled = new LinkedHashMap<>();
        m.variables.forEach((name, q) -> spelled.put(name, q.yaml()));
        ModelSections.variables(out, "GenX's user variables (" + m.userVarsName + ".new_var)", spelled);
        if (!spelled.isEmpty()) {
            out.blank();
        }
    }

    private void couplings(ModelDraft m) {
        List<String> comments = m.couplings.values().stream().map(n -> "script line " + n).toList();
        ModelSections.couplings(out, "GenX's Sim function sets these before every simulation",
                List.copyOf(m.couplings.keySet()), comments);
        if (!comments.isEmpty()) {
            out.blank();
        }
    }
}
