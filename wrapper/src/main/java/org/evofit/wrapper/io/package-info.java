/**
 * The files a fit writes: result.json, parameters.csv, fit.csv, history.csv, sld.csv and model.json,
 * written together and atomically ({@code AtomicFiles}: a run directory is complete or absent), with
 * the run's provenance and each parameter's unit.
 */
package org.evofit.wrapper.io;
