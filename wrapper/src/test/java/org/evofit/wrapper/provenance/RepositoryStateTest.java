package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state read without a full status against JGit's full status of the same repository (whether any
 * tracked file has uncommitted changes, whether the file has one), over the kinds of change git knows.
 */
class RepositoryStateTest {

    @TempDir
    Path tmp;

    @Test
    void cleanRepositoryWithUntrackedAndIgnoredDirectoriesIsClean() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.write(".gitignore", "out/\n");
            repo.commit("model.yaml", ".gitignore");
            repo.write("out/run1/result.json", "{}\n");
            repo.write("fits/new/deeper/notes.txt", "untracked\n");

            RepositoryState state = RepositoryState.of(model).orElseThrow();

            assertThat(state.fileUncommitted()).isFalse();
            assertThat(state.repositoryUncommitted()).isFalse();
            assertMatchesStatus(repo, model, state);
        }
    }

    @Test
    void ignoredModelFileIsUncommittedWhileTheRepositoryStaysClean() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            repo.write(".gitignore", "*.local.yaml\n");
            repo.commit(".gitignore");
            Path model = repo.write("fits/model.local.yaml", "kind: curve\n");

            RepositoryState state = RepositoryState.of(model).orElseThrow();

            assertThat(state.fileUncommitted()).isTrue();
            assertThat(state.repositoryUncommitted()).isFalse();
        }
    }

    @Test
    void stagedButUncommittedChangeCountsForTheFileAndTheRepository() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.commit("model.yaml");
            repo.write("model.yaml", "kind: curve\nfom: log\n");
            repo.stage("model.yaml");

            RepositoryState state = RepositoryState.of(model).orElseThrow();

            assertThat(state.fileUncommitted()).isTrue();
            assertThat(state.repositoryUncommitted()).isTrue();
            assertMatchesStatus(repo, model, state);
        }
    }

    @Test
    void newlyAddedFileAndDeletedOrUnstagedTrackedFilesCount() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.write("a/deleted.dat", "1 2\n");
            repo.write("b/unstaged.dat", "3 4\n");
            repo.commit("model.yaml", "a/deleted.dat", "b/unstaged.dat");
            Files.delete(repo.root().resolve("a/deleted.dat"));
            repo.git().rm().setCached(true).addFilepattern("b/unstaged.dat").call();
            Path added = repo.write("c/added.yaml", "kind: curve\n");
            repo.stage("c/added.yaml");

            RepositoryState state = RepositoryState.of(added).orElseThrow();

            assertThat(state.fileUncommitted()).isTrue();
            assertThat(state.repositoryUncommitted()).isTrue();
            assertMatchesStatus(repo, added, state);
            assertMatchesStatus(repo, model, RepositoryState.of(model).orElseThrow());
            assertThat(RepositoryState.of(model).orElseThrow().fileUncommitted()).isFalse();
        }
    }

    @Test
    void lineEndingsTheConfigurationNormalisesAreJudgedAsGitJudgesThem() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            StoredConfig config = repo.git().getRepository().getConfig();
            config.setString("core", null, "autocrlf", "true");
            config.save();
            Path model = repo.write("model.yaml", "kind: curve\nfom: log\n");
            repo.commit("model.yaml");
            repo.write("model.yaml", "kind: curve\r\nfom: log\r\n");

            RepositoryState state = RepositoryState.of(model).orElseThrow();

            // Git itself calls this file changed or not by the index's timestamps: an entry written in the same
            // instant as its file is "racily clean", kept with size 0, and compared by normalised content (no
            // change); one written later keeps its size, and a longer file is changed without a look at its
            // content. Which one a test meets depends on the machine's clock (it failed here 1 run in 3 when it
            // asserted "no change"), so it holds evofit to git's own answer, whichever it is.
            assertMatchesStatus(repo, model, state);
            assertThat(state.repositoryUncommitted()).isEqualTo(state.fileUncommitted());
        }
    }

    @Test
    void repositoryWithoutACommitHasNoHeadAndCountsWhatIsStaged() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp)) {
            Path model = repo.write("model.yaml", "kind: curve\n");
            repo.stage("model.yaml");

            RepositoryState state = RepositoryState.of(model).orElseThrow();

            assertThat(state.headCommit()).isNull();
            assertThat(state.fileUncommitted()).isTrue();
            assertThat(state.repositoryUncommitted()).isTrue();
        }
    }

    /** JGit's full status as the reference: the same answers, untracked files left out as documented. */
    private static void assertMatchesStatus(TestRepository repo, Path file, RepositoryState state) throws Exception {
        Status status = repo.git().status().call();
        String path = repo.root().toRealPath().relativize(file.toRealPath()).toString().replace('\\', '/');
        boolean fileChanged = status.getModified().contains(path) || status.getChanged().contains(path)
                || status.getAdded().contains(path) || status.getMissing().contains(path)
                || status.getRemoved().contains(path) || status.getUntracked().contains(path);
        assertThat(state.repositoryUncommitted()).isEqualTo(status.hasUncommittedChanges());
        assertThat(state.fileUncommitted()).isEqualTo(fileChanged);
        // git's answer (where git is installed) and JGit's own reading, which stands in where it is not, agree.
        assertThat(RepositoryState.withJGit(file.toRealPath())).contains(state);
    }
}
