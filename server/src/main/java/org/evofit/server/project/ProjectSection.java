package org.evofit.server.project;

import io.javalin.http.Context;

/**
 * A part of a project's pages that another part of the service renders (the runs: their list and the
 * start form; the parameter editor next to a model file), so that projects need not know about runs.
 */
public interface ProjectSection {

    /** HTML added to the project page, below its files. */
    String projectHtml(Project project);

    /** HTML added to the project page for the request's requester ({@code ctx}): by default the same for everyone. */
    default String projectHtml(Project project, Context ctx) {
        return projectHtml(project);
    }

    /** HTML added below a file's text on its page ({@code path} is the file's project path); empty for none. */
    default String fileHtml(Project project, String path) {
        return "";
    }
}
