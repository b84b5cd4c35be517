/**
 * The one fit pipeline: load a model file or script, record provenance, fit, write the result
 * files. {@code evofit fit}, the looper's runs (locally and on cluster workers) and the Java API's
 * {@code Model.fit}/{@code Fit.write} all go through {@link org.evofit.wrapper.run.FitPipeline}, so a
 * model that fits one way fits every way, and every result.json records its provenance alike.
 */
package org.evofit.wrapper.run;
