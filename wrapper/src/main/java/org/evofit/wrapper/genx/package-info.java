/**
 * Imports GenX project files ({@code .hgx}) as evofit model files: {@link org.evofit.wrapper.genx.GenxImporter}
 * reads the HDF5 file, translates the Reflectivity plugin's {@code spec_nx} script line by line,
 * applies the parameter table and writes {@code model.yaml} plus one {@code .dat} file per data set.
 */
package org.evofit.wrapper.genx;
