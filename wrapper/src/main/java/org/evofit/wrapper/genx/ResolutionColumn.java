package org.evofit.wrapper.genx;

import java.util.List;
import java.util.Map;
import org.evofit.core.refl.instrument.GenxResolution;

/**
 * A resolution per point taken from a data set's extra column, {@code inst.setRes(data[0].res)}: the
 * import writes that column fourth into the data set's file and maps it as the resolution column,
 * which GenX's varying and full convolution modes read point by point, as GenX's do with the array.
 */
final class ResolutionColumn {

    /** Why a resolution per point (a column or an expression of x) has no meaning under 'fast conv'. */
    static final String FAST_TAKES_ONE_WIDTH = "gives a resolution per point, which 'fast conv' does not take (it "
            + "convolves with one width); the Instrument would need restype='fast conv + varying res.' or "
            + "'full conv and varying res.'";

    private ResolutionColumn() {
    }

    /** The instrument's resolution mode as the script declares it (GenX's default: none). */
    static GenxResolution mode(ModelDraft m) {
        return GenxResolution.of(m.instrumentText.getOrDefault("restype", GenxResolution.NONE.genxName()));
    }

    /**
     * A script line that reads a data set's column as the resolution.
     *
     * @param line   the script line
     * @param text   the line as written
     * @param column the extra column's name
     */
    record Use(int line, String text, String column) {
    }

    /**
     * Records that Sim sets the instrument's resolution from {@code data[index].column}.
     *
     * @param index the data set, or null when the script names a variable that holds none
     * @return why the line has no evofit equivalent, or null
     */
    static String read(ModelDraft m, int line, String text, Integer index, String column) {
        if (index == null) {
            return "reads a resolution column of something that is not a data set (data[N] or a variable set to it)";
        }
        GenxResolution mode = mode(m);
        if (mode == GenxResolution.FAST) {
            return FAST_TAKES_ONE_WIDTH;
        }
        m.resolutionFrom = index;
        if (mode != GenxResolution.NONE) {
            Use earlier = m.resolutionColumns.putIfAbsent(index, new Use(line, text, column));
            if (earlier != null && !earlier.column().equals(column)) {
                return "data[" + index + "] already takes its resolution from column '" + earlier.column() + "'";
            }
        }
        return null;
    }

    /**
     * Checks that every column the script reads exists.
     *
     * @throws GenxImportException naming the script line when a data set lacks the column
     */
    static void requirePresent(ModelDraft m, List<GenxDataSet> data, String shown) {
        for (Map.Entry<Integer, Use> e : m.resolutionColumns.entrySet()) {
            String column = e.getValue().column();
            int index = e.getKey();
            if (index >= data.size() || !data.get(index).extra().containsKey(column)) {
                String held = index < data.size() ? String.join(", ", data.get(index).extra().keySet()) : "";
                throw new GenxImportException(shown, e.getValue().line(), e.getValue().text().strip()
                        + ": the resolution column '" + column + "' is not among data[" + index + "]'s extra data ("
                        + (held.isEmpty() ? "it has none" : held) + "); GenX's data set would need it");
            }
        }
    }

    /** The extra column data set {@code index} takes its resolution from, or null. */
    static String of(ModelDraft m, int index) {
        Use use = m.resolutionColumns.get(index);
        return use == null ? null : use.column();
    }
}
