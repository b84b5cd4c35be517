package org.evofit.wrapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this evofit build. */
public final class Version {

    private static final String VERSION = read();

    private Version() {
    }

    /** The version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("evofit.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
