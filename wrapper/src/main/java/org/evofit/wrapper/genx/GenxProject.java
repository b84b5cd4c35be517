package org.evofit.wrapper.genx;

import java.util.List;

/**
 * What evofit reads from a GenX project file: the model script, the parameter table, the data sets
 * and the configuration text.
 *
 * @param script     the Python model script
 * @param parameters the parameter table's non-empty rows, in table order
 * @param dataSets   the data sets in GenX's order ({@code data[0]} first)
 * @param config     GenX's configuration, INI text
 */
public record GenxProject(String script, List<GenxParameter> parameters, List<GenxDataSet> dataSets,
                          String config) {
}
