package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemGitConfigTest {

    @TempDir
    Path tmp;

    @Test
    void gitConfigSystemNamesTheFileOnEverySystem() {
        Map<String, String> env = Map.of("GIT_CONFIG_SYSTEM", "/opt/site/gitconfig");

        assertThat(SystemGitConfig.location(env::get, true)).contains(new File("/opt/site/gitconfig"));
        assertThat(SystemGitConfig.location(env::get, false)).contains(new File("/opt/site/gitconfig"));
    }

    @Test
    void withoutItLinuxHasTheStandardFileAndOtherSystemsKeepJGitsDiscovery() {
        Map<String, String> env = Map.of("GIT_CONFIG_SYSTEM", "");

        assertThat(SystemGitConfig.location(env::get, true)).contains(new File("/etc/gitconfig"));
        assertThat(SystemGitConfig.location(Map.<String, String>of()::get, false)).isEmpty();
        assertThat(SystemGitConfig.location(env::get, false)).isEmpty();
    }

    @Test
    void readingARepositoryTellsJGitTheLocationSoItNeedNotRunGit() throws Exception {
        SystemReader system = SystemReader.getInstance();
        assumeTrue(system.isLinux(), "the location is only told on Linux or with GIT_CONFIG_SYSTEM");
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.commit("model.yaml");

            assertThat(RepositoryState.of(model)).isPresent();
        }

        // Once told, FS answers from what it holds; untold, this call would run git to find out.
        assertThat(FS.DETECTED.getGitSystemConfig())
                .isEqualTo(SystemGitConfig.location(system::getenv, true).orElseThrow());
    }
}
