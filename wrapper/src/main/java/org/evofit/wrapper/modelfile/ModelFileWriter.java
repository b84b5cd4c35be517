package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SpinChannel;
import org.evofit.core.param.Coupling;
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
        Map<Path, String> arrays = new LinkedHashMap<>();
        String text = render(model, target, ModelNotes.NONE, arrays);
        AtomicFiles files = new AtomicFiles();
        List<Path> written = new ArrayList<>();
        written.add(target);
        arrays.forEach((file, data) -> {
            files.text(file, data);
            written.add(file);
        });
        files.text(target, text);
        files.commit();
        return List.copyOf(written);
    }

    /**
     * The text of the model file for a model whose data are all files, with a writer's comments
     * (the GenX importer's provenance, say); the caller writes it, with whatever else belongs to it.
     *
     * @param target the model file the text is for: data files are named relative to its directory
     * @throws IllegalArgumentException for a model script, or data given as arrays (which would need
     *                                  files of their own: use {@link #write})
     */
    public static String text(ModelDefinition model, Path target, ModelNotes notes) {
        Map<Path, String> arrays = new LinkedHashMap<>();
        String text = render(model, target, notes, arrays);
        if (!arrays.isEmpty()) {
            throw new IllegalArgumentException("data given as arrays need files of their own: "
                    + arrays.keySet().iterator().next().getFileName() + "; use ModelFileWriter.write");
        }
        return text;
    }

    /** The model file's text; the text of every array data set's file goes into {@code arrays}. */
    private static String render(ModelDefinition model, Path target, ModelNotes notes, Map<Path, String> arrays) {
        ModelLayout layout = model.layout();
        if (layout == null) {
            throw new IllegalArgumentException("model " + model.source() + " is a model script (Java), which has no "
                    + "model-file form; copy the .java file instead");
        }
        YamlLines out = new YamlLines();
        if (notes.header().isEmpty()) {
            out.comment("", "Written by evofit's Model.save" + (model.source() == null
                    ? " from a model built in code" : " from " + model.source().getFileName()) + ".");
        } else {
            notes.header().forEach(h -> out.comment("", h));
        }
        FitProblem problem = model.problem();
        ParameterText parameters = new ParameterText(problem.parameters(), notes.valueTexts());
        Set<String> declared = new HashSet<>();
        if (layout.structure() instanceof ModelStructure.Curve curve) {
            curve(out, curve, parameters, declared);
        } else if (problem.model() instanceof ReflectivityModel refl) {
            ReflectivitySection.write(out, refl, parameters, declared, notes);
        } else if (problem.model() instanceof JointReflectivityModel joint) {
            ReflectivitySection.writeJoint(out, joint, parameters, declared, notes);
        }
        variables(out, parameters, declared, notes.section("variables"));
        couplings(out, layout, notes);
        data(out, problem, layout.data(), target, notes, arrays);
        ModelSections.fom(out, problem.figureOfMerit().name(),
                problem.figureOfMerit().nonFinitePolicy() == NonFinitePolicy.FAIL);
        out.blank();
        ModelSections.optimizer(out, notes.section("optimizer"), OptimizerYaml.lines(model.settings(), notes.optimizer()));
        if (!notes.footer().isEmpty()) {
            out.blank();
            notes.footer().forEach(f -> out.comment("", f));
        }
        return out.text();
    }

    private static void couplings(YamlLines out, ModelLayout layout, ModelNotes notes) {
        List<String> couplings = layout.couplings().stream().map(Coupling::toString).toList();
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < couplings.size(); i++) {
            comments.add(ModelNotes.at(notes.couplingComments(), i));
        }
        ModelSections.couplings(out, notes.section("couplings"), couplings, comments);
        if (!couplings.isEmpty()) {
            out.blank();
        }
    }

    private static void curve(YamlLines out, ModelStructure.Curve curve, ParameterText parameters,
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
            DeclaredComponent component = DeclaredComponent.of(c);
            for (int i = 0; i < component.quantities().size(); i++) {
                String name = component.parameters().get(i).name();
                declared.add(name);
                entries.put(component.quantities().get(i), parameters.spell(name));
            }
            ModelSections.component(out, c.name(), c.kind(), entries);
        }
        out.blank();
    }

    /** Every parameter the structure does not declare is a user variable. */
    private static void variables(YamlLines out, ParameterText parameters, Set<String> declared, String comment) {
        Map<String, String> variables = new LinkedHashMap<>();
        parameters.byName().values().stream().filter(p -> !declared.contains(p.name()))
                .forEach(v -> variables.put(v.name(), parameters.spell(v)));
        ModelSections.variables(out, comment, variables);
        if (!variables.isEmpty()) {
            out.blank();
        }
    }

    private static void data(YamlLines out, FitProblem problem, List<DataOrigin> origins, Path target,
                             ModelNotes notes, Map<Path, String> arrays) {
        List<DataSet> sets = problem.dataSets();
        Path dir = target.toAbsolutePath().getParent();
        out.line("data:");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            DataOrigin origin = i < origins.size() ? origins.get(i) : DataOrigin.arrays();
            Path file;
            ColumnSpec columns = origin.columns();
            if (origin.isArrays()) {
                file = dir.resolve(DataFileText.fileName(stem(target) + "." + d.name().strip(), false, used));
                columns = ColumnSpec.of(0, 1, d.error() != null ? 2 : ColumnSpec.ABSENT,
                        d.xResolution() != null ? (d.error() != null ? 3 : 2) : ColumnSpec.ABSENT);
                if (d.hasWavelength()) {
                    // The wavelength follows the columns above, as DataFileText writes it.
                    columns = columns.withWavelength(String.valueOf(columns.requiredColumns()));
                }
                arrays.put(file, DataFileText.of(d));
            } else {
                file = origin.file().toAbsolutePath();
            }
            ModelSections.data(out, new DataEntry(d.name(), relative(dir, file), origin.format(), origin.ortDataSet(), columns,
                    ModelNotes.at(notes.columnsComments(), i), d.xmin(), d.xmax()));
            if (problem.model() instanceof JointReflectivityModel joint) {
                out.line("    " + DataSpecs.SAMPLE + ": " + YamlScalars.string(joint.partOf(i).sample()));
                out.line("    " + DataSpecs.INSTRUMENT + ": " + YamlScalars.string(joint.partOf(i).instrument()));
            }
            SpinChannel channel = channel(problem.model(), i);
            if (channel != null) {
                // Quoted always: "-" or "+-" alone would start a list or read as a number's sign.
                out.line("    " + MagneticSpecs.CHANNEL + ": " + YamlScalars.quoted(channel.label()));
            }
        }
        out.blank();
    }

    /** The spin channel data set {@code i} measures, or {@code null} when the model is not polarised. */
    private static SpinChannel channel(Object model, int i) {
        if (model instanceof JointReflectivityModel joint) {
            return joint.partOf(i).channel();
        }
        return model instanceof ReflectivityModel refl && refl.polarisation() != null
                ? refl.polarisation().channel() : null;
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
