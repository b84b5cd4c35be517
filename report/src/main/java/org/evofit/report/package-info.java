/**
 * Reports of finished fits and sweeps: the result files read back through the records of
 * {@code org.evofit.wrapper.results}, charts as PNG and SVG ({@link org.evofit.report.Charts}, {@link org.evofit.report.ChartFiles}),
 * PDF reports ({@link org.evofit.report.Reports}) and the git archive of results
 * ({@link org.evofit.report.ResultsArchive}). Everything is read from the files a run directory
 * holds, never from the model file, which may have moved since.
 */
package org.evofit.report;
