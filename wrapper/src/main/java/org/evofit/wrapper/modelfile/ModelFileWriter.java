package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.InstrumentParameters;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.SampleParameters;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.ModelDefinition;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * Writes a model back as a model file that {@link ModelFileReader} reads into the same problem: the
 * same parameters (names, values, bounds, fit flags, in the same order), couplings, data and
 * settings. Data read from files are referenced by path, relative to the new model file when they
 * can be; data given as arrays in code are written next to it as {@code <model>.<data set>.dat}.
 * Numbers are written in their shortest round-trip form, so nothing is rounded.
 *
 * <pre>{@code
 * ModelFileWriter.write(definition, Path.of("fitted.yaml"));
 * ModelDefinition again = ModelFiles.load(Path.of("fitted.yaml"));
 * }</pre>
 */
public final class ModelFileWriter {

    private static final String INDENT = "  ";

    private ModelFileWriter() {
    }

    /**
     * Writes the model file and the data files of array data, all or nothing.
     *
     * @param model  the model to write
     * @param target the model file to write (YAML); its directory is created when missing
     * @return every file written, the model file first
     * @throws IllegalArgumentException when the model has no layout (a model script, whose Java
     *                                  source is its own file)
     */
    public static List<Path> write(ModelDefinition model, Path target) {
        ModelLayout layout = model.layout();
        if (layout == null) {
            throw new IllegalArgumentException("model " + model.source() + " is a model script (Java), which has no "
                    + "model-file form; copy the .java file instead");
        }
        Path dir = target.toAbsolutePath().getParent();
        AtomicFiles files = new AtomicFiles();
        List<Path> written = new ArrayList<>();
        written.add(target);
        StringBuilder out = new StringBuilder();
        out.append("# Written by evofit's Model.save").append(model.source() == null ? " from a model built in code"
                : " from " + model.source().getFileName()).append(".\n");
        FitProblem problem = model.problem();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        problem.parameters().forEach(p -> byName.put(p.name(), p));
        Set<String> declared = new HashSet<>();
        if (layout.structure() instanceof ModelStructure.Curve curve) {
            curve(out, curve, byName, declared);
        } else if (layout.structure() instanceof ModelStructure.Reflectivity refl) {
            reflectivity(out, refl, byName, declared);
        }
        variables(out, byName, declared);
        couplings(out, layout.couplings());
        data(out, problem.dataSets(), layout.data(), dir, stem(target), files, written);
        fom(out, problem.figureOfMerit());
        optimizer(out, model.settings());
        files.text(target, out.toString());
        files.commit();
        return List.copyOf(written);
    }

    private static void curve(StringBuilder out, ModelStructure.Curve curve, Map<String, Parameter> byName,
                              Set<String> declared) {
        out.append("kind: curve\ncomponents:\n");
        for (ComponentSpec c : curve.components()) {
            out.append("  - name: ").append(YamlScalars.string(c.name())).append('\n');
            out.append("    kind: ").append(c.kind()).append('\n');
            if (c.kind().equals("polynomial")) {
                out.append("    degree: ").append(c.degree()).append('\n');
            }
            if (c.kind().equals("expression")) {
                out.append("    expression: ").append(YamlScalars.quoted(c.expression())).append('\n');
                out.append("    parameters: [").append(String.join(", ", c.localParameters().stream()
                        .map(YamlScalars::string).toList())).append("]\n");
            }
            for (Parameter d : CurveComponents.defaultParameters(c)) {
                Parameter p = byName.get(d.name());
                declared.add(d.name());
                out.append("    ").append(d.name().substring(c.name().length() + 1)).append(": ")
                        .append(YamlScalars.parameter(p)).append('\n');
            }
        }
    }

    private static void reflectivity(StringBuilder out, ModelStructure.Reflectivity refl,
                                     Map<String, Parameter> byName, Set<String> declared) {
        GenxInstrument inst = refl.instrument();
        InstrumentParameters.defaults(inst).forEach(d -> declared.add(d.name()));
        instrument(out, refl, byName);
        // The reader gives every quantity not written its default, computed at the written wavelength.
        double wavelength = byName.get(InstrumentQuantity.WAVELENGTH.parameterName()).value();
        Map<String, Parameter> sampleDefaults = new LinkedHashMap<>();
        SampleParameters.defaults(refl.sample(), wavelength, inst.probe() == Probe.XRAY)
                .forEach(d -> sampleDefaults.put(d.name(), d));
        declared.addAll(sampleDefaults.keySet());
        out.append("layers:\n");
        for (LayerSpec layer : refl.sample().layers().values()) {
            out.append("  ").append(layer.name()).append(":\n");
            if (layer.composition() != null) {
                out.append("    material: ").append(YamlScalars.string(layer.composition())).append('\n');
            }
            boolean any = layer.composition() != null;
            for (LayerQuantity quantity : LayerQuantity.of(layer.kind())) {
                String full = quantity.parameterName(layer.name());
                Parameter q = byName.get(full);
                if (q != null && (quantity.alwaysWritten() || !q.equals(sampleDefaults.get(full)))) {
                    out.append("    ").append(quantity.key()).append(": ").append(YamlScalars.parameter(q)).append('\n');
                    any = true;
                }
            }
            if (!any) {
                out.setLength(out.length() - 2);
                out.append(" {}\n");
            }
        }
        out.append("sample:\n  ambient: ").append(YamlScalars.string(refl.sample().ambient())).append('\n');
        if (!refl.sample().stacks().isEmpty()) {
            out.append("  stacks:\n");
            for (StackSpec s : refl.sample().stacks()) {
                out.append("    - name: ").append(YamlScalars.string(s.name())).append('\n');
                out.append("      layers: [").append(String.join(", ", s.layers())).append("]\n");
                out.append("      ").append(StackSpec.REPETITIONS).append(": ")
                        .append(YamlScalars.parameter(byName.get(s.repetitionsName()))).append('\n');
            }
        }
        out.append("  substrate: ").append(YamlScalars.string(refl.sample().substrate())).append('\n');
    }

    private static void instrument(StringBuilder out, ModelStructure.Reflectivity refl, Map<String, Parameter> byName) {
        GenxInstrument inst = refl.instrument();
        GenxInstrument defaults = GenxInstrument.defaults();
        out.append("kind: reflectivity\ninstrument:\n");
        out.append("  probe: ").append(YamlScalars.string(inst.probe().genxName())).append('\n');
        for (InstrumentQuantity q : section(InstrumentQuantity.Section.INSTRUMENT)) {
            quantity(out, "  ", q, byName);
            if (q == InstrumentQuantity.WAVELENGTH) {
                out.append("  coords: ").append(YamlScalars.string(inst.coords().genxName())).append('\n');
            }
        }
        if (inst.restype() != GenxResolution.NONE || refl.accurate() != null
                || !atDefaults(InstrumentQuantity.Section.RESOLUTION, byName, defaults)
                || inst.respoints() != defaults.respoints() || inst.resintrange() != defaults.resintrange()) {
            String type = refl.accurate() != null ? refl.accurate().fileName() : inst.restype().genxName();
            out.append("  resolution:\n    type: ").append(YamlScalars.string(type)).append('\n');
            section(InstrumentQuantity.Section.RESOLUTION).forEach(q -> quantity(out, "    ", q, byName));
            out.append("    points: ").append(inst.respoints()).append('\n');
            out.append("    range: ").append(YamlScalars.number(inst.resintrange())).append('\n');
        }
        if (inst.footype() != FootprintType.NONE || !atDefaults(InstrumentQuantity.Section.FOOTPRINT, byName, defaults)) {
            out.append("  footprint:\n    type: ").append(YamlScalars.string(inst.footype().genxName())).append('\n');
            section(InstrumentQuantity.Section.FOOTPRINT).forEach(q -> quantity(out, "    ", q, byName));
        }
    }

    private static List<InstrumentQuantity> section(InstrumentQuantity.Section section) {
        return Arrays.stream(InstrumentQuantity.values()).filter(q -> q.section() == section).toList();
    }

    /** Whether every quantity of the section is fixed at GenX's default, so the section need not be written. */
    private static boolean atDefaults(InstrumentQuantity.Section section, Map<String, Parameter> byName,
                                      GenxInstrument defaults) {
        return section(section).stream().allMatch(q -> byName.get(q.parameterName())
                .equals(Parameter.fixed(q.parameterName(), q.valueOf(defaults))));
    }

    private static void quantity(StringBuilder out, String indent, InstrumentQuantity q, Map<String, Parameter> byName) {
        out.append(indent).append(q.fileKey()).append(": ").append(YamlScalars.parameter(byName.get(q.parameterName())))
                .append('\n');
    }

    /** Every parameter the structure does not declare is a user variable. */
    private static void variables(StringBuilder out, Map<String, Parameter> byName, Set<String> declared) {
        List<Parameter> variables = byName.values().stream().filter(p -> !declared.contains(p.name())).toList();
        if (!variables.isEmpty()) {
            out.append("variables:\n");
            variables.forEach(v -> out.append(INDENT).append(v.name()).append(": ")
                    .append(YamlScalars.parameter(v)).append('\n'));
        }
    }

    private static void couplings(StringBuilder out, List<Coupling> couplings) {
        if (!couplings.isEmpty()) {
            out.append("couplings:\n");
            couplings.forEach(c -> out.append("  - ").append(YamlScalars.quoted(c.toString())).append('\n'));
        }
    }

    private static void data(StringBuilder out, List<DataSet> sets, List<DataOrigin> origins, Path dir, String stem,
                             AtomicFiles files, List<Path> written) {
        out.append("data:\n");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            DataOrigin origin = i < origins.size() ? origins.get(i) : DataOrigin.arrays();
            out.append("  - name: ").append(YamlScalars.quoted(d.name())).append('\n');
            Path file;
            ColumnSpec columns = origin.columns();
            if (origin.isArrays()) {
                file = dir.resolve(DataFileText.fileName(stem + "." + d.name().strip(), false, used));
                columns = ColumnSpec.of(0, 1, d.error() != null ? 2 : ColumnSpec.ABSENT,
                        d.xResolution() != null ? (d.error() != null ? 3 : 2) : ColumnSpec.ABSENT);
                files.text(file, DataFileText.of(d));
                written.add(file);
            } else {
                file = origin.file().toAbsolutePath();
            }
            out.append("    file: ").append(YamlScalars.quoted(relative(dir, file))).append('\n');
            if (origin.ortDataSet() != null) {
                out.append("    dataSet: ").append(YamlScalars.quoted(origin.ortDataSet())).append('\n');
            }
            if (columns != null) {
                out.append("    columns: {x: ").append(columns.x()).append(", y: ").append(columns.y());
                if (columns.hasError()) {
                    out.append(", error: ").append(columns.error());
                }
                if (columns.hasResolution()) {
                    out.append(", resolution: ").append(columns.resolution());
                }
                out.append("}\n");
            }
            if (d.xmin() != Double.NEGATIVE_INFINITY || d.xmax() != Double.POSITIVE_INFINITY) {
                out.append("    range: {xmin: ").append(YamlScalars.number(d.xmin())).append(", xmax: ")
                        .append(YamlScalars.number(d.xmax())).append("}\n");
            }
        }
    }

    private static void fom(StringBuilder out, FigureOfMerit fom) {
        out.append("fom: ");
        if (fom.nonFinitePolicy() == NonFinitePolicy.FAIL) {
            out.append("{name: ").append(YamlScalars.string(fom.name())).append(", nonFinite: fail}\n");
        } else {
            out.append(YamlScalars.string(fom.name())).append('\n');
        }
    }

    private static void optimizer(StringBuilder out, FitSettings settings) {
        DeSettings de = settings.de();
        out.append("optimizer:\n");
        line(out, "strategy", YamlScalars.string(de.strategy().genxName()));
        line(out, "km", YamlScalars.number(de.km()));
        line(out, "kr", YamlScalars.number(de.kr()));
        if (de.population() > 0) {
            line(out, "population", Integer.toString(de.population()));
        } else {
            line(out, "populationMultiplier", Integer.toString(de.populationMultiplier()));
        }
        if (de.generations() > 0) {
            line(out, "generations", Integer.toString(de.generations()));
        } else {
            line(out, "generationMultiplier", Integer.toString(de.generationMultiplier()));
        }
        line(out, "minSpread", YamlScalars.number(de.minSpread()));
        line(out, "startGuess", Boolean.toString(de.useStartGuess()));
        line(out, "boundaries", de.boundaries().name().toLowerCase(Locale.ROOT));
        line(out, "seed", Long.toString(de.seed()));
        line(out, "logCapacity", Integer.toString(de.logCapacity()));
        line(out, "restarts", Integer.toString(de.restarts()));
        line(out, "restartGenerations", Integer.toString(de.restartGenerations()));
        line(out, "startSpread", YamlScalars.number(de.startSpread()));
        line(out, "refine", Boolean.toString(settings.refine()));
        line(out, "errorbarLevel", YamlScalars.number(settings.errorbarLevel()));
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(INDENT).append(key).append(": ").append(value).append('\n');
    }

    /** The path as the model file will name it: relative to its directory when possible, with '/'. */
    private static String relative(Path dir, Path file) {
        try {
            return dir.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return file.toString();
        }
    }

    private static String stem(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
