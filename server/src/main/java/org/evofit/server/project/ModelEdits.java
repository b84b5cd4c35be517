package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.input.InputFileException;
import org.evofit.core.param.Parameter;
import org.evofit.server.Html;
import org.evofit.server.ServiceException;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelFileWriter;

/**
 * Editing a model's parameters (value, bounds, fit flag) and figure of merit in a form: the edited model
 * is written by the model file writer as a new file in {@code models/}, the old one kept, and committed;
 * a run started from it fits the edited model.
 */
final class ModelEdits {

    private ModelEdits() {
    }

    /** The edit form of model file {@code path} (which loads: the page checked it). */
    static String form(Project project, String path, Path scratchRoot) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(scratchRoot, "form-");
            return form(project, path, ModelFiles.load(ModelInputs.arrange(scratch, project.file(path), dataFiles(project))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                ModelInputs.delete(scratch);
            }
        }
    }

    private static String form(Project project, String path, ModelDefinition model) {
        String p = Html.text(project.name());
        StringBuilder f = new StringBuilder("<h2>Edit parameters</h2>\n<form id=\"edit-model\" method=\"post\" action=\"/projects/")
                .append(p).append("/edits/").append(Html.text(path)).append("\">\n<table id=\"parameters\"><tr><th>Parameter"
                        + "</th><th>Value</th><th>Min</th><th>Max</th><th>Fit</th></tr>\n");
        for (Parameter par : model.problem().parameters()) {
            String n = Html.text(par.name());
            f.append("<tr><td>").append(n).append("</td>").append(cell("value." + n, par.value()))
                    .append(cell("min." + n, par.min())).append(cell("max." + n, par.max()))
                    .append("<td><input type=\"checkbox\" name=\"fit.").append(n).append("\" value=\"true\"")
                    .append(par.fit() ? " checked" : "").append("><input type=\"hidden\" name=\"fit.").append(n)
                    .append("\" value=\"false\"></td></tr>\n");
        }
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        return f.append("</table>\n<p><label>Figure of merit <input name=\"fom\" id=\"edit-fom\" value=\"")
                .append(Html.text(model.problem().figureOfMerit().name())).append("\"></label> <label>Save as models/"
                        + "<input name=\"file\" id=\"edit-file\" required value=\"").append(Html.text(stem + "-edited.yaml"))
                .append("\"></label> <button type=\"submit\" id=\"edit-save\">Save as a new model</button></p></form>\n")
                .toString();
    }

    private static String cell(String name, double v) {
        return "<td><input name=\"" + name + "\" size=\"10\" value=\"" + (Double.isInfinite(v) ? "" : Html.text(v)) + "\"></td>";
    }

    /**
     * Saves the edit of model {@code path} as {@code models/FILE} (a new file) and commits it.
     *
     * @throws ServiceException 400 for a value that is no number, bounds the value is outside, an unknown
     *                          figure of merit; 409 when the file exists
     */
    static ProjectFile save(Project project, String path, Map<String, List<String>> form, Path scratchRoot, String requestId) {
        String file = one(form, "file");
        if (file == null || !file.matches("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}\\.(yaml|yml)")) {
            throw ServiceException.badInput("file: the new model's name must be a .yaml file name (letters, digits, '.', '_', '+', '-')", null);
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(scratchRoot, "edit-");
            Path copy = ModelInputs.arrange(scratch, project.file(path), dataFiles(project));
            ModelDefinition edited = edited(ModelFiles.load(copy), form);
            Path written = copy.resolveSibling(file);
            ModelFileWriter.write(edited, written);
            ModelFiles.load(written);
            synchronized (project.lock()) {
                Path target = project.dir().resolve(FileKind.MODEL.folder()).resolve(file);
                if (Files.exists(target)) {
                    throw ServiceException.conflict("models/" + file + " exists already; choose another name (the old model is kept)");
                }
                Files.copy(written, target, StandardCopyOption.COPY_ATTRIBUTES);
                project.commit("edit: models/" + file + " from " + path + "\n\nrequest: " + requestId,
                        List.of(FileKind.MODEL.folder()));
                return new ProjectFile(project.relative(target), FileKind.MODEL.label(), Files.size(target));
            }
        } catch (InputFileException e) {
            throw Located.badInput(e, scratch);
        } catch (IllegalArgumentException e) {
            throw ServiceException.badInput(Located.userText(e.getMessage(), scratch), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                ModelInputs.delete(scratch);
            }
        }
    }

    /**
     * The model with what {@code form} gives changed and nothing else: a field left out keeps the model's
     * value, bound or flag; an empty bound is no bound (the form shows an unbounded side empty). A fit flag
     * is the first of its values, so the form's checkbox ({@code true}) wins over the hidden {@code false}
     * that follows it and is all an unticked box sends.
     */
    private static ModelDefinition edited(ModelDefinition model, Map<String, List<String>> form) {
        requireKnownParameters(model, form);
        ModelDefinition out = model;
        for (Parameter p : model.problem().parameters()) {
            double value = number(form, "value." + p.name(), p.value(), p.value());
            double min = number(form, "min." + p.name(), p.min(), Double.NEGATIVE_INFINITY);
            double max = number(form, "max." + p.name(), p.max(), Double.POSITIVE_INFINITY);
            String flag = one(form, "fit." + p.name());
            boolean fit = flag == null ? p.fit() : "true".equals(flag);
            Parameter changed = new Parameter(p.name(), value, fit, min, max);
            if (!changed.equals(p)) {
                out = out.withProblem(out.problem().withParameter(changed));
            }
        }
        String fom = one(form, "fom");
        if (fom != null && !fom.isBlank() && !fom.equals(out.problem().figureOfMerit().name())) {
            out = out.withProblem(out.problem().withFigureOfMerit(
                    FiguresOfMerit.byName(fom.trim(), out.problem().figureOfMerit().nonFinitePolicy())));
        }
        return out;
    }

    private static void requireKnownParameters(ModelDefinition model, Map<String, List<String>> form) {
        List<String> names = model.problem().parameters().stream().map(Parameter::name).toList();
        for (String key : form.keySet()) {
            int dot = key.indexOf('.');
            if (dot > 0 && EditRequest.PARAMETER_FIELDS.contains(key.substring(0, dot)) && !names.contains(key.substring(dot + 1))) {
                throw ServiceException.badInput(key + ": the model has no parameter " + key.substring(dot + 1)
                        + "; its parameters are " + String.join(", ", names), null);
            }
        }
    }

    private static double number(Map<String, List<String>> form, String key, double absent, double empty) {
        String v = one(form, key);
        if (v == null) {
            return absent;
        }
        if (v.isBlank()) {
            return empty;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.badInput(key + ": '" + v + "' is not a number", null);
        }
    }

    private static List<Path> dataFiles(Project project) {
        return project.files(FileKind.DATA).stream().map(f -> project.dir().resolve(f.path())).toList();
    }

    private static String one(Map<String, List<String>> form, String key) {
        List<String> v = form.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
