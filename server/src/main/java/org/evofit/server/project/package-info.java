/**
 * Projects and uploads: each project is a git work tree under {@code projects/NAME/} holding model files,
 * data files, GenX projects, the sweep files the service writes and finished results, with one commit per
 * upload and per finished run. Uploads stream to disk, are checked against the file-set rules and
 * validated (models loaded, GenX projects imported) before anything of them reaches a project.
 */
package org.evofit.server.project;
