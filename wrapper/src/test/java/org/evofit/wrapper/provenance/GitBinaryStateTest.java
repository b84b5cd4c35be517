package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What git's porcelain status and ls-files say, read as a file's state; anything else left to JGit. */
class GitBinaryStateTest {

    private static final String HEAD = "0123456789abcdef0123456789abcdef01234567";
    private static final String BRANCH = "# branch.oid " + HEAD + "\0# branch.head main\0";

    @TempDir
    Path tmp;

    @Test
    void aCleanRepositoryHasItsHeadAndNoChange() {
        RepositoryState state = GitBinaryState.parse(BRANCH, "fits/model.yaml\0").orElseThrow();

        assertThat(state).isEqualTo(new RepositoryState(HEAD, false, false));
    }

    @Test
    void aChangedFileWithSpacesInItsPathCountsForTheFileAndTheRepository() {
        String status = BRANCH + "1 .M N... 100644 100644 100644 " + HEAD + " " + HEAD + " my fits/model.yaml\0";

        assertThat(GitBinaryState.parse(status, "my fits/model.yaml\0").orElseThrow())
                .isEqualTo(new RepositoryState(HEAD, true, true));
        assertThat(GitBinaryState.parse(status, "other.yaml\0").orElseThrow())
                .isEqualTo(new RepositoryState(HEAD, false, true));
    }

    @Test
    void bothPathsOfARenameAndAConflictCount() {
        String renamed = BRANCH + "2 R. N... 100644 100644 100644 " + HEAD + " " + HEAD + " R100 new.yaml\0old.yaml\0";
        String conflict = BRANCH + "u UU N... 100644 100644 100644 100644 " + HEAD + " " + HEAD + " " + HEAD
                + " model.yaml\0";

        assertThat(GitBinaryState.parse(renamed, "old.yaml\0").orElseThrow().fileUncommitted()).isTrue();
        assertThat(GitBinaryState.parse(renamed, "new.yaml\0").orElseThrow().fileUncommitted()).isTrue();
        assertThat(GitBinaryState.parse(conflict, "model.yaml\0model.yaml\0").orElseThrow().fileUncommitted())
                .isTrue();
    }

    @Test
    void anUntrackedFileOrARepositoryWithoutACommitIsUncommitted() {
        assertThat(GitBinaryState.parse(BRANCH, "").orElseThrow()).isEqualTo(new RepositoryState(HEAD, true, false));
        assertThat(GitBinaryState.parse("# branch.oid (initial)\0# branch.head main\0", "model.yaml\0").orElseThrow())
                .isEqualTo(new RepositoryState(null, true, false));
    }

    @Test
    void anAnswerItDoesNotKnowIsLeftToJGit() {
        assertThat(GitBinaryState.parse("# branch.head main\0", "model.yaml\0")).isEmpty();
        assertThat(GitBinaryState.parse(BRANCH + "? untracked.txt\0", "model.yaml\0")).isEmpty();
        assertThat(GitBinaryState.parse("# branch.oid 12ab\0", "model.yaml\0")).isEmpty();
    }

    @Test
    void gitAnswersInARepositoryAsJGitDoes() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("fits/model.yaml", "kind: curve\n");
            repo.write("data/points.dat", "1 2\n");
            String head = repo.commit("fits/model.yaml", "data/points.dat");
            repo.write("data/points.dat", "1 3\n");
            repo.stage("data/points.dat");

            RepositoryState state = GitBinaryState.of(model.toRealPath()).orElseThrow();

            // A staged change of another file: the repository is uncommitted, the model file is not.
            assertThat(state).isEqualTo(new RepositoryState(head, false, true));
            assertThat(RepositoryState.withJGit(model.toRealPath())).contains(state);
        }
    }

    @Test
    void noProgramOfTheRepositorysConfigurationRuns() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            String head = repo.commit("model.yaml");
            Path ran = tmp.resolve("ran");
            Path monitor = Files.writeString(tmp.resolve("monitor.sh"), "#!/bin/sh\ntouch '" + ran + "'\nexit 1\n");
            monitor.toFile().setExecutable(true);
            Files.writeString(repo.root().resolve(".git/config"), "[core]\n\tfsmonitor = " + monitor + "\n",
                    StandardOpenOption.APPEND);

            RepositoryState state = GitBinaryState.of(model.toRealPath()).orElseThrow();

            assertThat(state).isEqualTo(new RepositoryState(head, false, false));
            assertThat(ran).doesNotExist();
        }
    }

    @Test
    void withoutGitOrOutsideARepositoryThereIsNoAnswer() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.commit("model.yaml");

            assertThat(GitBinaryState.of(model.toRealPath(), "evofit-no-such-git")).isEmpty();
        }
        Path outside = java.nio.file.Files.writeString(tmp.resolve("model.yaml"), "kind: curve\n");
        assertThat(GitBinaryState.of(outside.toRealPath())).isEmpty();
    }
}
