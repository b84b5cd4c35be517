package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A fresh git repository in a temporary directory, written with JGit. */
final class TestRepository implements AutoCloseable {

    private static final PersonIdent TESTER = new PersonIdent("Tester", "tester@example.org");

    private final Git git;

    private TestRepository(Git git) {
        this.git = git;
    }

    static TestRepository init(Path dir) throws GitAPIException {
        return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    Path root() {
        return git.getRepository().getWorkTree().toPath();
    }

    /** Writes a file of the work tree (not staged). */
    Path write(String relative, String text) throws IOException {
        Path file = root().resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Stages the files and commits them; returns the new commit's id. */
    String commit(String... relative) throws GitAPIException {
        for (String path : relative) {
            git.add().addFilepattern(path).call();
        }
        // Unsigned, whatever the user's git configuration says: tests must not need a key.
        return git.commit().setMessage("test").setAuthor(TESTER).setCommitter(TESTER).setSign(false).call()
                .name();
    }

    /** Stages the files without committing them. */
    void stage(String... relative) throws GitAPIException {
        for (String path : relative) {
            git.add().addFilepattern(path).call();
        }
    }

    /** The JGit handle, for what a test does beyond writing and committing. */
    Git git() {
        return git;
    }

    @Override
    public void close() {
        git.close();
    }
}
