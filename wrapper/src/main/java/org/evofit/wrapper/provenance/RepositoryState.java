package org.evofit.wrapper.provenance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Where a file stands in the git repository that holds it: as the git command tells it where git is installed
 * ({@link GitBinaryState}), else read with JGit (no git binary needed).
 *
 * @param headCommit            full id of the repository's HEAD commit, or null when it has no commit yet
 * @param fileUncommitted       whether the file differs from HEAD: modified or staged, or not in HEAD at
 *                              all (untracked, ignored, newly added)
 * @param repositoryUncommitted whether any tracked file of the repository has uncommitted changes
 *                              (untracked files do not count: output directories would always count)
 */
public record RepositoryState(String headCommit, boolean fileUncommitted, boolean repositoryUncommitted) {

    /**
     * The state of the repository holding {@code file}: found by walking up from the file's directory.
     * Empty when there is no repository, it is bare, or it cannot be read; never throws, because a
     * missing provenance detail must not cost a fit its results.
     */
    public static Optional<RepositoryState> of(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // git's own answer where git is installed and gives one: a fraction of JGit's cost (GitBinaryState).
        Optional<RepositoryState> byGit = GitBinaryState.of(real);
        return byGit.isPresent() ? byGit : withJGit(real);
    }

    /** As {@link #of}, read with JGit alone, from the real path {@code real}. */
    static Optional<RepositoryState> withJGit(Path real) {
        try {
            SystemGitConfig.tellJGit();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                    .findGitDir(real.getParent().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            try (Repository repository = builder.build()) {
                return repository.isBare() ? Optional.empty() : Optional.of(read(repository, real));
            }
        } catch (IOException | GitAPIException | RuntimeException e) {
            // JGit reports damaged or unusual repositories with unchecked exceptions too.
            return Optional.empty();
        }
    }

    private static RepositoryState read(Repository repository, Path file) throws IOException, GitAPIException {
        // Real paths on both sides, so symbolic links (a temporary directory, say) do not break relativize.
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        String path = workTree.relativize(file).toString().replace(File.separatorChar, '/');
        ObjectId head = repository.resolve(Constants.HEAD);
        TrackedChanges changes = changes(repository, workTree, head, path);
        boolean fileUncommitted = head == null || !inCommit(repository, head, path) || changes.file();
        return new RepositoryState(head == null ? null : head.name(), fileUncommitted, changes.any());
    }

    private static TrackedChanges changes(Repository repository, Path workTree, ObjectId head, String path)
            throws IOException, GitAPIException {
        DirCache index = repository.readDirCache();
        if (head != null && StatClean.certainly(workTree, index, repository.parseCommit(head).getTree())) {
            return new TrackedChanges(false, false);
        }
        if (!index.hasUnmergedPaths()) {
            return TrackedChanges.of(repository, index, head, path);
        }
        // A merge in conflict (rare when fitting): the full status, which knows a conflict's stages.
        Status status;
        try (Git git = Git.wrap(repository)) {
            status = git.status().call();
        }
        return new TrackedChanges(status.hasUncommittedChanges(), changed(status, path));
    }

    private static boolean inCommit(Repository repository, ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk entry = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            return entry != null;
        }
    }

    private static boolean changed(Status status, String path) {
        return status.getModified().contains(path) || status.getChanged().contains(path)
                || status.getAdded().contains(path) || status.getRemoved().contains(path)
                || status.getMissing().contains(path) || status.getConflicting().contains(path);
    }
}
