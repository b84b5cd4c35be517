package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.ModelLayout;
import org.evofit.wrapper.model.ModelStructure;

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
        YamlLines out = new YamlLines();
        out.comment("", "Written by evofit's Model.save" + (model.source() == null ? " from a model built in code"
                : " from " + model.source().getFileName()) + ".");
        FitProblem problem = model.problem();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        problem.parameters().forEach(p -> byName.put(p.name(), p));
        Set<String> declared = new HashSet<>();
        if (layout.structure() instanceof ModelStructure.Curve curve) {
            curve(out, curve, byName, declared);
        } else if (layout.structure() instanceof ModelStructure.Reflectivity refl) {
            ReflectivitySection.write(out, refl, byName, declared);
        }
        variables(out, byName, declared);
        ModelSections.couplings(out, null, layout.couplings().stream().map(Coupling::toString).toList(),
                Collections.nCopies(layout.couplings().size(), null));
        data(out, problem.dataSets(), layout.data(), dir, stem(target), files, written);
        ModelSections.fom(out, problem.figureOfMerit().name(),
                problem.figureOfMerit().nonFinitePolicy() == NonFinitePolicy.FAIL);
        ModelSections.optimizer(out, null, OptimizerYaml.lines(model.settings(), OptimizerYaml.Notes.NONE));
        files.text(target, out.text());
        files.commit();
        return List.copyOf(written);
    }

    private static void curve(YamlLines out, ModelStructure.Curve curve, Map<String, Parameter> byName,
                              Set<String> declared) {
        out.line("kind: curve").line("components:");
        for (ComponentSpec c : curve.components()) {
            Map<String, String> entries = new LinkedHashMap<>();
            if (c.kind().equals("polynomial")) {
                entries.put("degree", Integer.toString(c.degree()));
            }
            if (c.kind().equals("expression")) {
                entries.put("expression", YamlScalars.quoted(c.expression()));
                entries.put("parameters", "[" + String.join(", ", c.localParameters().stream()
                        .map(YamlScalars::string).toList()) + "]");
            }
            for (Parameter d : CurveComponents.defaultParameters(c)) {
                declared.add(d.name());
                entries.put(d.name().substring(c.name().length() + 1), YamlScalars.parameter(byName.get(d.name())));
            }
            ModelSections.component(out, c.name(), c.kind(), entries);
        }
    }

    /** Every parameter the structure does not declare is a user variable. */
    private static void variables(YamlLines out, Map<String, Parameter> byName, Set<String> declared) {
        Map<String, String> variables = new LinkedHashMap<>();
        byName.values().stream().filter(p -> !declared.contains(p.name()))
                .forEach(v -> variables.put(v.name(), YamlScalars.parameter(v)));
        ModelSections.variables(out, null, variables);
    }

    private static void data(YamlLines out, List<DataSet> sets, List<DataOrigin> origins, Path dir, String stem,
                             AtomicFiles files, List<Path> written) {
        out.line("data:");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            DataOrigin origin = i < origins.size() ? origins.get(i) : DataOrigin.arrays();
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
            ModelSections.data(out, new DataEntry(d.name(), relative(dir, file), origin.ortDataSet(), columns, null,
                    d.xmin(), d.xmax()));
        }
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
