package org.evofit.wrapper.provenance;

/**
 * The operating system and processor architecture a fit ran on.
 *
 * @param name {@code os.name}, such as {@code Linux}
 * @param arch {@code os.arch}, such as {@code amd64}
 */
public record OperatingSystem(String name, String arch) {

    /** The system this process runs on. */
    public static OperatingSystem current() {
        return new OperatingSystem(System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
