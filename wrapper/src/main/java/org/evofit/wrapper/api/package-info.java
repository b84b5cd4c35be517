/**
 * A small fluent API for notebooks and JShell: load a model file or build a reflectivity or curve
 * model in code, simulate it, fit it, print or write the result, and save the model back as a file.
 *
 * <pre>{@code
 * var fit = Evofit.load(Path.of("examples/xray-multilayer/model.yaml")).withThreads(4).fit();
 * System.out.println(fit.table());
 *
 * Model peaks = Evofit.curve()
 *     .gaussian("g1", c -> c.set("height", 2000, 1000, 2500).set("center", 49.8, 49.5, 50.5).set("sigma", 0.2))
 *     .constant("bkg", c -> c.set("value", 100, 75, 125))
 *     .data("peaks", x, y, error).fom("chi2bars")
 *     .build();
 * peaks.fit().fittedModel().save(Path.of("fitted.yaml"));
 * }</pre>
 *
 * <p>Everything here is a thin layer over {@link org.evofit.wrapper.model.ModelDefinition},
 * {@link org.evofit.core.fit.Fitter}, {@link org.evofit.wrapper.io.ResultFiles} and
 * {@link org.evofit.wrapper.modelfile.ModelFileWriter}; a model built in code is the same
 * {@link org.evofit.core.fit.FitProblem} a model file would give.
 */
package org.evofit.wrapper.api;
