/**
 * ORSO reflectivity text files (.ort): reading them into data sets for fitting, and writing them
 * back with evofit's model beside the data.
 *
 * <h2>The format</h2>
 * An .ort file opens with {@code # # ORSO reflectivity data file | 1.0 standard | YAML encoding |
 * https://www.reflectometry.org/}, then a header of YAML with every line behind {@code # }
 * ({@code data_source}, {@code reduction}, ..., {@code columns}), then rows of blank-separated
 * numbers. Further data sets follow, each with a header block that starts with
 * {@code # data_set: <name>} and gives only what differs from the first header; each later data
 * set sees the first header with its own block written over it, never another later block
 * ({@link org.evofit.wrapper.ort.OrtDataSet#header()}). A data set without {@code data_set} is
 * named by its index from 0.
 *
 * <h2>Columns</h2>
 * The format fixes the leading columns: Qz, R, the error of R ({@code error_of: R}) and the
 * resolution of Qz ({@code error_of: Qz}); later ones may hold anything. evofit reads x = Qz,
 * y = R, error = sR and resolution = sQz, and requires the first two; sR and sQz may be missing,
 * and a column that is {@code nan} throughout (the format's "unknown") counts as missing. Points
 * whose R is {@code nan} are kept: whether they are skipped or fail is the figure of merit's
 * {@code nonFinite} setting. A Qz that is {@code nan} is refused.
 *
 * <h2>Units</h2>
 * Qz and sQz are given in {@code 1/angstrom} or {@code 1/nm} (also written {@code angstrom**-1},
 * {@code nm**-1}, as the format's unit rules allow; ångström is always spelled out). evofit works
 * in inverse ångström, so {@code 1/nm} values are divided by 10. A Qz without a unit is refused: a
 * factor of ten is not something to guess.
 *
 * <h2>Widths</h2>
 * Error columns say with {@code value_is} whether they hold a standard deviation ({@code sigma},
 * the default) or a full width at half maximum ({@code FWHM}), and with {@code distribution} of
 * what shape ({@code gaussian} by default). evofit weights and smears with 1-sigma Gaussians, so a
 * FWHM becomes the standard deviation of its distribution: divided by 2·sqrt(2·ln 2) =
 * 2.3548200450309493 for a Gaussian, by sqrt(12) for a uniform or rectangular one, by sqrt(6) for
 * a triangular one. A Lorentzian has no standard deviation and is refused. The table a data set
 * keeps ({@link org.evofit.wrapper.ort.OrtDataSet#values()}) is as written; only
 * {@link org.evofit.wrapper.ort.OrtDataSet#data()} is converted.
 *
 * <h2>Writing</h2>
 * {@link org.evofit.wrapper.ort.OrtWriter} keeps each data set's header and columns and adds a
 * column {@code Rfit} with the model (named like the format's {@code R}, and unlike GenX's
 * {@code Rsim} because it holds the fitted model), described in {@code columns:} with
 * {@code physical_quantity: model reflectivity}, and an {@code analysis} section in the first
 * header ({@link org.evofit.wrapper.ort.OrtAnalysis}). Numbers are written in Java's shortest
 * round-trip form, so reading the file back gives the same doubles.
 *
 * <h2>Mistakes</h2>
 * Every mistake in a file is an {@link org.evofit.core.data.DataFileException} reading
 * {@code FILE:LINE:COLUMN: what was expected}: malformed YAML, a missing or misplaced column
 * description, an unknown unit, a field that is not a number, a row with too few or too many
 * fields.
 */
package org.evofit.wrapper.ort;
