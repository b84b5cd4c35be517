package org.evofit.wrapper.provenance;

/** The version of this evofit build and the commit it was built from. */
public final class Version {

    private static final String UNKNOWN = "unknown";

    private Version() {
    }

    /** The version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
    public static String current() {
        return fact(BuildFacts.VERSION);
    }

    /**
     * The full git commit id of the evofit sources this build was made from, or {@code unknown} when
     * the build had no git repository (a source archive, say).
     */
    public static String commit() {
        return fact(BuildFacts.COMMIT);
    }

    private static String fact(String written) {
        String value = written.trim();
        // Resource filtering leaves ${...} in place when the build did not define the property.
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }
}
