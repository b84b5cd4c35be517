package org.evofit.server.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.ServiceException;
import org.evofit.server.project.Project;
import org.evofit.wrapper.ModelFiles;

/**
 * The files a start fits a model with, by data set name, checked against the model before anything is
 * written. A model file is read with its own data files before any is replaced (as {@code evofit loop}
 * reads it), so each file it names must be among the project's data, where uploads put it: {@code data/}
 * and the file's name. A fit of a model of several data sets with no file chosen reads each data set's
 * own file; a fit that chooses files for some reads the others' own files, and records them all.
 */
final class ModelDataFiles {

    private ModelDataFiles() {
    }

    /**
     * The files by data set name the submission records: the request's by name, completed for a fit; each data
     * set's own for a fit of a model of several with no file chosen; empty for a start with a data list.
     *
     * @throws ServiceException 400 for a file the model names that the project lacks, a data set name the model
     *                          does not have, names given to a model script, or no data file for a model of one
     */
    static Map<String, List<String>> resolve(Project project, StartRequest request, Path model) {
        List<ModelDataSet> sets = ModelDataSet.of(project.dir(), model);
        for (ModelDataSet set : sets) {
            if (set.file() != null && !Files.isRegularFile(project.dir().resolve(set.projectFile()))) {
                throw ServiceException.badInput(request.model() + " names " + set.file() + " for its data set '" + set.name()
                        + "', and project " + project.name() + " has no " + set.projectFile() + "; upload it (the model is"
                        + " read with its own files before a chosen file replaces one)", null);
            }
        }
        if (!request.dataSets().isEmpty()) {
            return byName(request, model, sets);
        }
        if (!request.data().isEmpty()) {
            return Map.of();
        }
        if (sets.size() < 2) {
            throw ServiceException.badInput("no data file chosen: expected data=data/NAME (one for a fit, several for a"
                    + " sweep)", null);
        }
        Map<String, List<String>> own = new LinkedHashMap<>();
        sets.forEach(set -> own.put(set.name(), List.of(set.projectFile())));
        return own;
    }

    private static Map<String, List<String>> byName(StartRequest request, Path model, List<ModelDataSet> sets) {
        if (ModelFiles.isScript(model)) {
            throw ServiceException.badInput(request.model() + " is a model script, whose data sets have no names to"
                    + " choose files by (" + String.join(", ", request.dataSets().keySet()) + "); expected data as a list,"
                    + " which replaces the script's first data file", null);
        }
        List<String> names = sets.stream().map(ModelDataSet::name).toList();
        for (String name : request.dataSets().keySet()) {
            if (!names.contains(name)) {
                throw ServiceException.badInput("model " + request.model() + " has no data set '" + name
                        + "'; expected one of its data sets: " + String.join(", ", names), null);
            }
        }
        if (!Submission.FIT.equals(request.kind())) {
            // A sweep's data sets not named read their own file in every run, as in a sweep file.
            return request.dataSets();
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (ModelDataSet set : sets) {
            all.put(set.name(), request.dataSets().getOrDefault(set.name(), List.of(set.projectFile())));
        }
        return all;
    }
}
