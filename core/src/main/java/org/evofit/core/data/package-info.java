/**
 * Measured data: a data set's x, y and 1-sigma errors ({@code DataSet}), the in-range points a fit
 * compares with ({@code FitData}), and the loader of whitespace- or comma-separated column text files
 * that reports every mistake with file, line and column ({@code ColumnTextLoader}).
 */
package org.evofit.core.data;
