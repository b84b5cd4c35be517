package org.evofit.wrapper.genx;

/** Numbers as the importer writes them: whole numbers without ".0", others in Java's shortest round-trip form. */
final class Num {

    private Num() {
    }

    /** The shortest text that reads back as exactly {@code v}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Double.toString round-trips; a lower-case exponent is what YAML and most readers expect.
        return Double.toString(v).replace(".0E", "e").replace("E", "e");
    }
}
