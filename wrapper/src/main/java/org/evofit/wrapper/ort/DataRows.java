package org.evofit.wrapper.ort;

import java.util.List;

/**
 * Writes a data set's rows and the one-line column summary above them. Numbers are written in
 * Java's shortest round-trip form ({@link Double#toString(double)}: {@code NaN}, {@code Infinity}
 * for the non-finite ones), so reading the file back gives the same doubles; each is padded to a
 * common width so the columns line up under the summary, and rows have no leading or trailing
 * blanks, as the format asks.
 */
final class DataRows {

    /** Room for the longest double Java writes (24 characters) and one blank. */
    private static final int WIDTH = 25;
    private static final String SUMMARY = "# # ";

    private DataRows() {
    }

    /**
     * The summary line ({@code # # Qz (1/angstrom)  R ()  sR  sQz  Rfit ()}) and the rows.
     *
     * @param columns the columns in file order
     * @param values  the table, {@code values[column][row]}
     */
    static String of(List<OrtColumn> columns, double[][] values) {
        StringBuilder text = new StringBuilder(SUMMARY);
        for (int c = 0; c < columns.size(); c++) {
            OrtColumn column = columns.get(c);
            String label = column.isError() || column.unit() == null ? column.label()
                    : column.label() + " (" + column.unit() + ")";
            // The summary's prefix takes the place of the first field's first characters.
            cell(text, label, c == 0 ? WIDTH - SUMMARY.length() : WIDTH, c == columns.size() - 1);
        }
        int rows = values.length == 0 ? 0 : values[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < values.length; c++) {
                cell(text, Double.toString(values[c][r]), WIDTH, c == values.length - 1);
            }
        }
        return text.toString();
    }

    private static void cell(StringBuilder text, String value, int width, boolean last) {
        text.append(value);
        if (last) {
            text.append('\n');
            return;
        }
        text.append(" ".repeat(Math.max(1, width - value.length())));
    }
}
