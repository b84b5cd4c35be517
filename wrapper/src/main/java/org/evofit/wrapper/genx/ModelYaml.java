package org.evofit.wrapper.genx;

import org.evofit.wrapper.modelfile.YamlScalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;

/** Writes the imported model as an evofit model file, in the layout of the hand-written examples. */
final class ModelYaml {

    private final StringBuilder out = new StringBuilder();

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
        y.out.append(FitYaml.data(data, files, solver)).append(FitYaml.optimizer(solver));
        y.out.append(FitYaml.untranslated(m.untranslated));
        return y.out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
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
        line("  coords: " + YamlScalars.string(coords) + (coords.equals("tth") ? "                       # x is 2-theta in degrees" : ""));
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
        line("layers:                             # d and sigma in angstrom; dens in formula units per cubic angstrom");
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
        line("  stacks:                           # from the substrate up, as GenX lists them");
        for (String name : m.sampleStacks) {
            StackDraft s = m.stacks.get(name);
            line("    - {name: " + name + ", layers: [" + String.join(", ", s.layers()) + "], repetitions: "
                    + s.repetitions().yaml() + "}");
        }
        line("  substrate: " + m.substrate);
        line("");
    }

    private void variables(ModelDraft m) {
        if (m.variables.isEmpty()) {
            return;
        }
        line("variables:                          # GenX's user variables (" + m.userVarsName + ".new_var)");
        m.variables.forEach((name, q) -> line("  " + name + ": " + q.yaml()));
        line("");
    }

    private void couplings(ModelDraft m) {
        if (m.couplings.isEmpty()) {
            return;
        }
        line("couplings:                          # GenX's Sim function sets these before every simulation");
        m.couplings.forEach((c, n) -> line("  - " + YamlScalars.quoted(c) + "   # script line " + n));
        line("");
    }
}
