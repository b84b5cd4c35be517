package org.evofit.server.project;

import org.evofit.server.Html;

/**
 * The project page's picker for big files: each picked file is sent by {@code /static/resumable-upload.js}
 * as a resumable upload (slices, resumed after a dropped connection) and stored with the same checks as
 * the form's upload; the page reloads when every picked file is in.
 */
public final class ResumableUploadSection implements ProjectSection {

    @Override
    public String projectHtml(Project project) {
        return "<h2>Big files</h2>\n<p><input type=\"file\" id=\"resumable-files\" multiple data-reload-when-done "
                + "data-resumable-upload=\"/api/projects/"
                + Html.text(project.name()) + "/uploads\"></p>\n"
                + "<p class=\"muted\">Sent in slices: a dropped connection resumes where it stopped, also after "
                + "reloading the page and picking the file again.</p>\n"
                + "<script src=\"/static/resumable-upload.js\"></script>\n";
    }
}
