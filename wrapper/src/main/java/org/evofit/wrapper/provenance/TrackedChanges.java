package org.evofit.wrapper.provenance;

import java.io.IOException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.SkipWorkTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The uncommitted changes of a repository's tracked files, as {@code git status} counts them (staged,
 * modified, deleted), found by walking HEAD, the index and the work tree together over tracked paths only.
 * A full status also walks every untracked directory (a user's output directories, build trees) to list
 * what is untracked, which costs most of its time and which this answer does not need.
 *
 * @param any  whether any tracked file differs between HEAD, the index and the work tree
 * @param file whether the one file asked about is among those that differ
 */
record TrackedChanges(boolean any, boolean file) {

    private static final int HEAD = 0;
    private static final int INDEX = 1;
    private static final int WORK = 2;

    /**
     * The changes of {@code repository} against {@code head} (null: no commit yet) and whether the file at
     * {@code path} (relative to the work tree, '/'-separated) has one. The index must have no conflicts
     * (see {@link DirCache#hasUnmergedPaths()}): a conflict's stages are not walked here.
     */
    static TrackedChanges of(Repository repository, DirCache index, ObjectId head, String path)
            throws IOException {
        try (RevWalk commits = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            // Attributes (line endings, filters) apply as when checking in, as for git's status.
            walk.setOperationType(TreeWalk.OperationType.CHECKIN_OP);
            walk.setRecursive(true);
            if (head == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(commits.parseCommit(head).getTree());
            }
            walk.addTree(new DirCacheIterator(index));
            FileTreeIterator workTree = new FileTreeIterator(repository);
            walk.addTree(workTree);
            workTree.setDirCacheIterator(walk, INDEX);
            walk.setFilter(AndTreeFilter.create(TRACKED, new SkipWorkTreeFilter(INDEX)));
            boolean any = false;
            boolean file = false;
            while (walk.next()) {
                if (differs(walk)) {
                    any = true;
                    file |= walk.getPathString().equals(path);
                }
            }
            return new TrackedChanges(any, file);
        }
    }

    private static boolean differs(TreeWalk walk) throws IOException {
        DirCacheIterator staged = walk.getTree(INDEX, DirCacheIterator.class);
        if (staged == null) {
            return true; // deleted from the index, still in HEAD
        }
        if (walk.getRawMode(HEAD) != walk.getRawMode(INDEX) || !walk.idEqual(HEAD, INDEX)) {
            return true; // staged: added, or changed since HEAD
        }
        WorkingTreeIterator file = walk.getTree(WORK, WorkingTreeIterator.class);
        return file == null || file.isModified(staged.getDirCacheEntry(), true, walk.getObjectReader());
    }

    /** Paths in HEAD or the index (files, and directories holding some): untracked trees are not entered. */
    private static final TreeFilter TRACKED = new TreeFilter() {
        @Override
        public boolean include(TreeWalk walk) {
            return walk.getRawMode(HEAD) != FileMode.TYPE_MISSING || walk.getRawMode(INDEX) != FileMode.TYPE_MISSING;
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }

        @Override
        public String toString() {
            return "TRACKED";
        }
    };
}
