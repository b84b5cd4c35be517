package org.evofit.wrapper.genx;

import java.util.List;

/**
 * A GenX data set's name becomes a name in model.yaml and, sanitised, the stem of its data file; a control
 * character (a NUL, a line break) in it has no place in either and would make the model file unreadable, so
 * such a name is refused before anything is written, shown with the character escaped.
 */
final class DataSetNames {

    private DataSetNames() {
    }

    /** @throws GenxImportException at the first data set of the file whose name holds a control character */
    static void require(GenxFile file, String shown) {
        file.eachDataSetList((where, sets) -> check(sets, where, shown));
    }

    private static void check(List<GenxDataSet> sets, String where, String shown) {
        for (int i = 0; i < sets.size(); i++) {
            String name = sets.get(i).name();
            int bad = name.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
            if (bad >= 0) {
                throw new GenxImportException(shown, 0, where + "data set " + i + "'s name '" + escaped(name)
                        + "' holds the control character " + String.format("U+%04X", bad) + ", which a model file"
                        + " cannot name; rename the data set in GenX and save the project again");
            }
        }
    }

    private static String escaped(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
