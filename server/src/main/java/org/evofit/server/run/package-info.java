/**
 * Runs: fits and sweeps started from a project, run on this machine's slots (the embedded default) or
 * sent to a cluster's workers, with live progress over server-sent events, cancel, resume after a restart,
 * and the finished runs' files committed into their project. A submission's files are the LocalSweep
 * output directory {@code service/runs/<id>/}, its inputs copied into {@code input/} there.
 */
package org.evofit.server.run;
