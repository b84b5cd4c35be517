package org.evofit.wrapper.genx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The text data files an import writes: x, y and error columns in full double precision. */
final class DataFileText {

    private DataFileText() {
    }

    /** The file's text; every number reads back as exactly the double GenX stored. */
    static String of(GenxDataSet d, String source) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(d.name()).append(" from ").append(source).append(" (GenX data after its x/y/error commands)\n");
        out.append("# x y error\n");
        for (int i = 0; i < d.x().length; i++) {
            out.append(d.x()[i]).append(' ').append(d.y()[i]).append(' ').append(d.error()[i]).append('\n');
        }
        return out.toString();
    }

    /**
     * File names for the data sets: the name with characters unsafe in file names replaced, made
     * unique, ending in .dat.
     */
    static List<String> names(List<GenxDataSet> data) {
        Set<String> used = new HashSet<>();
        return data.stream().map(d -> {
            String base = d.name().strip().replaceAll("[^A-Za-z0-9 ._+\\-]", "_");
            if (base.isEmpty() || base.startsWith(".") || base.equalsIgnoreCase("model")) {
                base = "data_" + base;
            }
            String name = base + ".dat";
            for (int k = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
                name = base + "_" + k + ".dat";
            }
            return name;
        }).toList();
    }
}
