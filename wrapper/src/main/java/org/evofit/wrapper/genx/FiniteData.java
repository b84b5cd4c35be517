package org.evofit.wrapper.genx;

import java.util.List;

/**
 * GenX keeps measured points whose y is NaN or infinite (a detector dropout, a log of zero) and skips them in its
 * figure of merit when "ignore fom nan/inf" is set; evofit fits finite data only, and a data file holding
 * {@code NaN} as a value would be refused only when read back, as if the translation were wrong. So such a point
 * is refused before anything is written, naming the data set, the point and what to do.
 */
final class FiniteData {

    private FiniteData() {
    }

    /** @throws GenxImportException at the first non-finite x, y or used error of any data set of the file */
    static void require(GenxFile file, String shown) {
        file.eachDataSetList((where, sets) -> check(sets, where, shown));
    }

    private static void check(List<GenxDataSet> sets, String where, String shown) {
        for (GenxDataSet d : sets) {
            for (int i = 0; i < d.x().length; i++) {
                String bad = !Double.isFinite(d.x()[i]) ? "x = " + d.x()[i]
                        : !Double.isFinite(d.y()[i]) ? "y = " + d.y()[i]
                        : d.useError() && !Double.isFinite(d.error()[i]) ? "error = " + d.error()[i] : null;
                if (bad != null) {
                    throw new GenxImportException(shown, 0, where + "data set '" + d.name() + "': point " + i
                            + (Double.isFinite(d.x()[i]) ? " (x = " + d.x()[i] + ")" : "") + " has " + bad
                            + "; evofit fits finite data only and writes no such value into a data file (GenX skips"
                            + " such a point in its figure of merit); remove the point in GenX and save the project"
                            + " again");
                }
            }
        }
    }
}
