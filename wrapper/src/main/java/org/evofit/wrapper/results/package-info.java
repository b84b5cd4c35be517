/**
 * The result files' contract: one record per row or document of each file a fit or sweep writes
 * (result.json, parameters.csv, fit.csv, history.csv, sld.csv, model.json, summary.csv, sweep.json,
 * trends.csv), and one writer and one reader per file. Column names and JSON keys are spelled once,
 * in the record or its schema; writers (wrapper, looper, report) and readers (report, looper) go
 * through these types, so a file and its reader cannot drift apart. CSV goes through Apache Commons
 * CSV ({@link org.evofit.wrapper.results.ResultCsv}), JSON through Jackson
 * (ResultJson).
 */
package org.evofit.wrapper.results;
