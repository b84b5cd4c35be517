package org.evofit.wrapper.genx;

import java.util.List;
import org.evofit.core.data.ColumnSpec;

/**
 * A GenX data set kept as its raw columns, with GenX's x/y/error commands as the model's column
 * expressions: what the importer writes instead of GenX's computed values when a data set has commands.
 *
 * @param names   the columns' names for the file's header: x, y, e, the extra columns, evaluated helpers
 * @param columns the columns, all of one length
 * @param spec    how the model reads them: the commands as expressions of c0, c1, ...
 * @param note    the comment on the model's columns line saying what was translated and evaluated
 */
record RawColumns(List<String> names, List<double[]> columns, ColumnSpec spec, String note) {
}
