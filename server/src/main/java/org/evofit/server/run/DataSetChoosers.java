package org.evofit.server.run;

import java.util.List;
import org.evofit.server.Html;
import org.evofit.server.project.FileKind;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectFile;

/**
 * The start form's data-file choosers of the models of several data sets: for each such model a fieldset
 * with one chooser per data set, labelled with its name and its channel, sample or instrument, its field
 * {@link DataSetChoices#formField}. A chooser left empty fits the data set with the file the model names;
 * a fit takes one file each, a sweep as many for each. {@code start-form.js} shows only the chosen model's
 * fieldset; without it every one shows, and the service reads only the chosen model's.
 */
final class DataSetChoosers {

    private DataSetChoosers() {
    }

    /** The fieldsets of {@code models} that have several data sets, each chooser offering {@code data}; "" for none. */
    static String html(Project project, List<ProjectFile> models, List<ProjectFile> data) {
        StringBuilder f = new StringBuilder();
        for (ProjectFile model : models) {
            if (FileKind.ofStored(model.path()).orElse(null) != FileKind.MODEL) {
                continue;
            }
            List<ModelDataSet> sets = ModelDataSet.of(project.dir(), project.dir().resolve(model.path()));
            if (sets.size() < 2) {
                continue;
            }
            f.append("<fieldset class=\"data-sets\" data-model=\"").append(Html.text(model.path())).append("\"><legend>")
                    .append("Data sets of ").append(Html.text(model.path()))
                    .append(" (none chosen: the file the model names; a sweep: as many for each)</legend>\n");
            for (ModelDataSet set : sets) {
                f.append("<p><label>").append(Html.text(set.label())).append(" <span class=\"muted\">(its own: ")
                        .append(Html.text(String.valueOf(set.file()))).append(")</span><br><select name=\"")
                        .append(Html.text(DataSetChoices.formField(model.path(), set.name()))).append("\" data-data-set=\"")
                        .append(Html.text(set.name())).append("\" multiple size=\"").append(Math.min(4, data.size()))
                        .append("\">");
                data.forEach(d -> f.append("<option>").append(Html.text(d.path())).append("</option>"));
                f.append("</select></label></p>\n");
            }
            f.append("</fieldset>\n");
        }
        return f.isEmpty() ? "" : f.append("<script src=\"/static/start-form.js\"></script>\n").toString();
    }
}
