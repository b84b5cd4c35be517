package org.evofit.wrapper.provenance;

/**
 * The Java runtime a fit ran on: floating-point results can depend on it (intrinsics, JIT).
 *
 * @param version {@code java.version}, such as {@code 17.0.15}
 * @param vendor  {@code java.vendor}, such as {@code Eclipse Adoptium}
 */
public record JavaRuntime(String version, String vendor) {

    /** The runtime of this process. */
    public static JavaRuntime current() {
        return new JavaRuntime(System.getProperty("java.version"), System.getProperty("java.vendor"));
    }
}
