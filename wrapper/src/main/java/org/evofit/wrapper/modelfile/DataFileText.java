package org.evofit.wrapper.modelfile;

import org.evofit.core.data.DataSet;

/** The text data file a saved model writes for data given as arrays: x, y, then error and resolution. */
final class DataFileText {

    private DataFileText() {
    }

    /** Every number in Java's shortest round-trip form, so the file reads back as the same doubles. */
    static String of(DataSet d) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(d.name()).append(", written by evofit's Model.save\n");
        out.append("# x y").append(d.error() != null ? " error" : "").append(d.xResolution() != null ? " resolution" : "")
                .append('\n');
        for (int i = 0; i < d.size(); i++) {
            out.append(d.x()[i]).append(' ').append(d.y()[i]);
            if (d.error() != null) {
                out.append(' ').append(d.error()[i]);
            }
            if (d.xResolution() != null) {
                out.append(' ').append(d.xResolution()[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
