package org.evofit.server.project;

import io.javalin.http.Context;
import java.util.List;
import org.evofit.server.FileLocation;
import org.evofit.server.Html;
import org.evofit.server.ServiceException;

/** The HTML of the projects list, a project and a project file; every user-supplied value escaped. */
final class ProjectPages {

    private ProjectPages() {
    }

    static String list(List<Project> projects) {
        StringBuilder rows = new StringBuilder();
        for (Project p : projects) {
            rows.append("<tr><td><a href=\"/projects/").append(Html.text(p.name())).append("\">").append(Html.text(p.name()))
                    .append("</a></td><td class=\"num\">").append(p.files().size()).append("</td></tr>\n");
        }
        return Html.page("Projects", "<h1>Projects</h1>\n"
                + (projects.isEmpty() ? "<p class=\"muted\" id=\"no-projects\">No projects yet.</p>\n"
                        : "<table id=\"projects\"><tr><th>Project</th><th>Files</th></tr>\n" + rows + "</table>\n")
                + "<h2>New project</h2>\n<form id=\"create-project\" method=\"post\" action=\"/projects\">"
                + "<label>Name <input name=\"name\" id=\"project-name\" required pattern=\"[a-z0-9][a-z0-9._\\-]{0,63}\"></label> "
                + "<button type=\"submit\" id=\"create\">Create</button></form>\n"
                + "<p class=\"muted\">Lower-case letters, digits, '.', '_' and '-'.</p>");
    }

    static String project(Project project, List<ProjectSection> sections, Context ctx) {
        String name = Html.text(project.name());
        StringBuilder body = new StringBuilder("<h1 id=\"project\">").append(name).append("</h1>\n")
                .append("<p class=\"muted\">git clone <code>/projects/").append(name).append(".git</code></p>\n")
                .append("<h2>Files</h2>\n").append(files(project))
                .append("<h2>Upload</h2>\n<form id=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"/projects/")
                .append(name).append("/files\"><input type=\"file\" name=\"files\" id=\"upload-files\" multiple required> ")
                .append("<label><input type=\"checkbox\" name=\"lenient\" value=\"true\"> keep GenX script lines evofit "
                        + "cannot translate as comments</label> <button type=\"submit\" id=\"upload-button\">Upload</button></form>\n")
                .append("<p class=\"muted\">").append(Html.text(FileKind.uploadEndings()))
                .append(". Upload a model together with the data files it names, or after them.</p>\n");
        for (ProjectSection s : sections) {
            body.append(s.projectHtml(project, ctx));
        }
        return Html.page(project.name(), body.toString());
    }

    private static String files(Project project) {
        List<ProjectFile> files = project.files();
        if (files.isEmpty()) {
            return "<p class=\"muted\" id=\"no-files\">No files yet.</p>\n";
        }
        StringBuilder t = new StringBuilder("<table id=\"files\"><tr><th>File</th><th>Kind</th><th>Bytes</th></tr>\n");
        for (ProjectFile f : files) {
            t.append("<tr data-path=\"").append(Html.text(f.path())).append("\"><td><a href=\"/projects/")
                    .append(Html.text(project.name())).append("/files/").append(Html.text(f.path())).append("\">")
                    .append(Html.text(f.path())).append("</a></td><td class=\"kind\">").append(Html.text(f.kind()))
                    .append("</td><td class=\"num size\">").append(f.bytes()).append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    static String uploaded(UploadResult result) {
        String name = Html.text(result.project());
        StringBuilder body = new StringBuilder("<h1>Uploaded to ").append(name).append("</h1>\n<ul id=\"uploaded\">");
        for (ProjectFile f : result.files()) {
            body.append("<li>").append(Html.text(f.path())).append(" (").append(Html.text(f.kind())).append(", ")
                    .append(f.bytes()).append(" bytes)</li>");
        }
        body.append("</ul>\n");
        if (!result.notes().isEmpty()) {
            body.append("<h2>Importer messages</h2>\n<ul id=\"import-notes\">");
            result.notes().forEach(n -> body.append("<li>").append(Html.text(n)).append("</li>"));
            body.append("</ul>\n");
        }
        return Html.page("Uploaded", body.append("<p><a id=\"back\" href=\"/projects/").append(name)
                .append("\">Back to ").append(name).append("</a></p>").toString());
    }

    static String file(Project project, String path, String text, ServiceException problem, String extra) {
        int badLine = problem != null && problem.location() != null ? problem.location().line() : 0;
        StringBuilder body = new StringBuilder("<h1><a href=\"/projects/").append(Html.text(project.name())).append("\">")
                .append(Html.text(project.name())).append("</a> / ").append(Html.text(path)).append("</h1>\n");
        if (problem != null) {
            FileLocation at = problem.location();
            body.append("<p class=\"error\" id=\"model-error\">").append(Html.text(problem.getMessage())).append("</p>\n");
            if (at != null) {
                body.append("<p class=\"where\" id=\"model-error-at\">").append(Html.text(at)).append("</p>\n");
            }
        }
        body.append("<p><a href=\"/api/projects/").append(Html.text(project.name())).append("/files/")
                .append(Html.text(path)).append("\">raw</a></p>\n<pre class=\"file\" id=\"file-text\">");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean bad = i + 1 == badLine;
            body.append(bad ? "<span class=\"bad\" id=\"bad-line\">" : "").append(Html.text(lines[i]))
                    .append(bad ? "</span>" : "").append(i + 1 < lines.length ? "\n" : "");
        }
        return Html.page(path, body.append("</pre>\n").append(extra).toString());
    }
}
