package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The quick answer, where there is one, that a repository's tracked files have no uncommitted change: the
 * index's cached tree names HEAD's tree (nothing staged), and every entry's recorded type, executable bit, size
 * and modification time are the work tree file's (nothing modified, which is git's own test for a file not
 * racily clean). It reads no object but HEAD's commit and compares file attributes, where {@link TrackedChanges}
 * walks HEAD's trees, the index and the work tree through JGit's iterators: in a short fit, the provenance read
 * ran that walk's code cold for longer than the fit. Anything it cannot settle this way (no cached tree, an entry
 * JGit marked racily clean, a submodule, a differing attribute) it leaves to that walk.
 */
final class StatClean {

    private StatClean() {
    }

    /**
     * Whether the work tree {@code workTree}, with {@code index}, certainly has no uncommitted change against
     * the commit whose tree is {@code headTree}; false when it has one or this cannot tell.
     */
    static boolean certainly(Path workTree, DirCache index, ObjectId headTree) {
        DirCacheTree cached = index.getCacheTree(false);
        if (cached == null || !cached.isValid() || !headTree.equals(cached.getObjectId())) {
            return false;
        }
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            // Skipped and assumed-unchanged entries are not compared, as in git's status.
            if (!entry.isSkipWorkTree() && !entry.isAssumeValid() && !unchanged(workTree, entry)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unchanged(Path workTree, DirCacheEntry entry) {
        FileMode mode = entry.getFileMode();
        if (entry.isSmudged() || entry.isIntentToAdd() || entry.getStage() != DirCacheEntry.STAGE_0
                || !(mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE || mode == FileMode.SYMLINK)) {
            return false;
        }
        PosixFileAttributes file;
        try {
            file = Files.readAttributes(workTree.resolve(entry.getPathString()), PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // deleted, unreadable, or a file system without POSIX attributes
        }
        boolean executable = file.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
        boolean sameType = mode == FileMode.SYMLINK ? file.isSymbolicLink()
                : file.isRegularFile() && executable == (mode == FileMode.EXECUTABLE_FILE);
        // The index keeps a size's low 32 bits, as git does.
        return sameType && (int) file.size() == entry.getLength()
                && file.lastModifiedTime().toInstant().equals(entry.getLastModifiedInstant());
    }
}
