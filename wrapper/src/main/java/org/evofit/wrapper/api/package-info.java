/**
 * A small fluent API for notebooks and JShell: load a model file or build a reflectivity model in
 * code, simulate it, fit it and print or write the result.
 *
 * <pre>{@code
 * var fit = Evofit.load(Path.of("examples/xray-multilayer/model.yaml")).withThreads(4).fit();
 * System.out.println(fit.table());
 * }</pre>
 *
 * <p>Everything here is a thin layer over {@link org.evofit.wrapper.ModelDefinition},
 * {@link org.evofit.core.fit.Fitter} and {@link org.evofit.wrapper.io.ResultFiles}; a model built in
 * code is the same {@link org.evofit.core.fit.FitProblem} a model file would give.
 */
package org.evofit.wrapper.api;
