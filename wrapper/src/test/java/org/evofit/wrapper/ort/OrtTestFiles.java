package org.evofit.wrapper.ort;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The .ort files under the test resources. */
final class OrtTestFiles {

    private OrtTestFiles() {
    }

    /** GenX's example: one data set from Amor, Qz in 1/angstrom, sigma widths. */
    static Path example() {
        return resource("example.ort");
    }

    /** Three data sets, Qz in 1/nm, sQz as a Gaussian FWHM. */
    static Path threeSets() {
        return resource("three_sets_nm.ort");
    }

    private static Path resource(String name) {
        try {
            return Path.of(OrtTestFiles.class.getResource("/ort/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
