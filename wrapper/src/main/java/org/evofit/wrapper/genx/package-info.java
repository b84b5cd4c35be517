/**
 * Imports GenX project files ({@code .hgx}) as evofit model files: {@link org.evofit.wrapper.genx.GenxImporter}
 * reads the HDF5 file, translates the Reflectivity plugin's {@code spec_nx} script line by line,
 * applies the parameter table, builds the model through the Java API's builders and writes it with the
 * model-file writer as {@code model.yaml}, plus one {@code .dat} file per data set (and, for a GenX batch,
 * {@code sweep.yaml} through the sweep writer).
 */
package org.evofit.wrapper.genx;
