package org.evofit.core.materials;

import java.util.List;

/**
 * One scan (record) of a DABAX file: the name on its {@code #S} line, the column labels of its
 * {@code #L} line and its data rows as text fields.
 *
 * @param name   the last word of the {@code #S} line, such as {@code Fe} or {@code 56Fe}
 * @param labels column labels in order
 * @param rows   data rows, each split at blanks
 * @param line   1-based line of the {@code #S} line, for messages
 */
record DabaxScan(String name, List<String> labels, List<List<String>> rows, int line) {

    /** Copies the lists so the scan cannot change afterwards. */
    DabaxScan {
        labels = List.copyOf(labels);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The number in a labelled column of the first data row, its uncertainty removed.
     *
     * @throws IllegalArgumentException when the label, the row or the field is missing or is not a number
     */
    double number(String label, String source) {
        int column = labels.indexOf(label);
        if (column < 0) {
            throw new IllegalArgumentException(source + ":" + line + ": scan " + name + " has no column "
                    + label);
        }
        if (rows.isEmpty() || rows.get(0).size() <= column) {
            throw new IllegalArgumentException(source + ":" + line + ": scan " + name + " has no value for "
                    + label);
        }
        String field = rows.get(0).get(column);
        try {
            return Double.parseDouble(withoutUncertainty(field));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(source + ":" + line + ": scan " + name + ": " + label + " '"
                    + field + "' is not a number", notANumber);
        }
    }

    /**
     * The value of a field such as {@code 10.0(1.0)} or {@code 3.(1.)}: DABAX writes the uncertainty in
     * parentheses after the value, and the tables use the value alone.
     */
    static String withoutUncertainty(String field) {
        int open = field.indexOf('(');
        return open > 0 ? field.substring(0, open) : field;
    }
}
