package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionComesFromTheBuild() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void commitIsTheHeadOfTheSourcesBeingBuiltOrUnknownWithoutGit() throws Exception {
        // Tests run right after the build, in the module's directory: HEAD has not moved since.
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(new File("").getAbsoluteFile());
        if (builder.getGitDir() == null) {
            assertThat(Version.commit()).isEqualTo("unknown");
            return;
        }
        try (Repository repository = builder.build()) {
            if (!new File(repository.getWorkTree(), ".git").isDirectory()) {
                // A linked work tree: the build skips the commit there (see wrapper/pom.xml).
                assertThat(Version.commit()).isEqualTo("unknown");
                return;
            }
            ObjectId head = repository.resolve("HEAD");
            assertThat(Version.commit()).isEqualTo(head == null ? "unknown" : head.name());
        }
    }
}
