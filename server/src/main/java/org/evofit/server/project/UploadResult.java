package org.evofit.server.project;

import java.util.List;

/**
 * What an upload added to a project.
 *
 * @param project the project's name
 * @param files   the files stored (GenX projects' imported model and data files among them)
 * @param notes   the importer's messages (lines of a GenX script kept only as comments), empty when none
 */
public record UploadResult(String project, List<ProjectFile> files, List<String> notes) {
}
