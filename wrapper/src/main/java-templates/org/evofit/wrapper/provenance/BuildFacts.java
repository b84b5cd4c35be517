package org.evofit.wrapper.provenance;

/**
 * The build's facts for {@link Version}, written into this source by the build (resource filtering of
 * src/main/java-templates). A class, not a resource file: a resource is read from the jar, whose central directory
 * of ~19,600 entries a fit would otherwise scan for it alone (~17 ms of a tiny fit's start; its classes come from
 * the launcher's class-data-sharing archive without opening the jar). A fact the build did not define stays as its
 * placeholder, which Version reads as unknown.
 */
final class BuildFacts {

    /** The project's version. */
    static final String VERSION = "${project.version}";
    /** The full git commit id of the sources built, from the git-commit-id plugin. */
    static final String COMMIT = "${git.commit.id}";

    private BuildFacts() {
    }
}
