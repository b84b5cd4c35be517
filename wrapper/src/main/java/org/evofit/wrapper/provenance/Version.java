package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this evofit build and the commit it was built from. */
public final class Version {

    private static final String UNKNOWN = "unknown";
    private static final Properties BUILD = read();

    private Version() {
    }

    /** The version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
    public static String current() {
        return property("version");
    }

    /**
     * The full git commit id of the evofit sources this build was made from, or {@code unknown} when
     * the build had no git repository (a source archive, say).
     */
    public static String commit() {
        return property("commit");
    }

    private static String property(String key) {
        String value = BUILD.getProperty(key, "").trim();
        // Resource filtering leaves ${...} in place when the build did not define the property.
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("evofit.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // No build facts then: every property reads as unknown.
        }
        return p;
    }
}
