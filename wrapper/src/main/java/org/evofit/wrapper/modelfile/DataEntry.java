package org.evofit.wrapper.modelfile;

import org.evofit.core.data.ColumnSpec;

/**
 * One item of a model file's {@code data:} list as a writer gives it.
 *
 * @param name           the data set's name
 * @param file           its file, as the model file names it
 * @param format         the entry's {@code format:}, or null to choose by the file's name and content
 * @param ortDataSet     the data set inside an ORSO file, or null
 * @param columns        the columns to read, or null for the format's own
 * @param columnsComment a comment on the columns, or null
 * @param xmin           the fit range's lower end, -inf for none
 * @param xmax           the fit range's upper end, inf for none
 */
record DataEntry(String name, String file, String format, String ortDataSet, ColumnSpec columns, String columnsComment,
                        double xmin, double xmax) {
}
