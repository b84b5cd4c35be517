/**
 * Results and sweeps in the browser: the run page's results (interactive plots drawn by uPlot from
 * JSON in the page, with a PNG chart for browsers without JavaScript, the parameter table, fit
 * statistics and provenance), the sweep page's summary and trend plots, and the downloads of a run's
 * or a sweep's files, its charts and reports (made on first request) and a zip of the run.
 *
 * <p>The views read the directories {@code evofit loop} (dispatch's LocalSweep) writes and find them
 * through {@link org.evofit.server.view.RunDirectories}, which the runs part implements. Files are
 * served only by looking their names up in a directory's listing, never by joining a requested name
 * onto a path.
 */
package org.evofit.server.view;
