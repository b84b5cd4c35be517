package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.evofit.server.ServiceException;

/**
 * One project: a git work tree with its files in the {@link FileKind} folders. Changes to it (an upload,
 * a finished run, an edited model) happen while holding {@link #lock()}, and each is one commit.
 *
 * @param name the project's name ({@link ProjectName})
 * @param dir  its work tree
 */
public record Project(String name, Path dir) {

    private static final PersonIdent EVOFIT = new PersonIdent("evofit serve", "evofit@localhost");

    /** What every change to this project synchronizes on (one object per work tree in this process). */
    public Object lock() {
        return Projects.lockOf(dir);
    }

    /**
     * The project's files (not git's own), sorted by path. Git's folder is not entered at all: a commit running
     * meanwhile (another start's) makes and removes temporary files there, which a walk through it could find gone.
     */
    public List<ProjectFile> files() {
        List<ProjectFile> out = new ArrayList<>();
        Path git = dir.resolve(".git");
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(git) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        String rel = relative(f);
                        out.add(new ProjectFile(rel, FileKind.ofStored(rel).map(FileKind::label).orElse("other"), attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(ProjectFile::path));
        return out;
    }

    /** The bytes the project's files take (git's own not counted). */
    public long bytes() {
        return files().stream().mapToLong(ProjectFile::bytes).sum();
    }

    /** The files of one kind's folder, as project paths. */
    public List<ProjectFile> files(FileKind kind) {
        return files().stream().filter(f -> f.path().startsWith(kind.folder() + "/")
                && FileKind.ofStored(f.path()).orElse(null) == kind).toList();
    }

    /**
     * The file at project path {@code path}, which must stay inside the work tree (and out of .git).
     *
     * @throws ServiceException 404 when there is no such file
     */
    public Path file(String path) {
        Path p = dir.resolve(path).normalize();
        if (!p.startsWith(dir) || relative(p).startsWith(".git") || !Files.isRegularFile(p)) {
            throw ServiceException.notFound("project " + name + " has no file " + path);
        }
        return p;
    }

    /** {@code file}'s path in the project, '/'-separated. */
    public String relative(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Commits every change under {@code folders} (new, changed and removed files) with {@code message}; the
     * caller holds {@link #lock()}.
     *
     * @return whether anything changed
     */
    public boolean commit(String message, List<String> folders) {
        try (Git git = Git.open(dir.toFile())) {
            for (String folder : folders) {
                git.add().addFilepattern(folder).call();
                git.add().setUpdate(true).addFilepattern(folder).call();
            }
            if (git.status().call().isClean()) {
                return false;
            }
            git.commit().setMessage(message).setAuthor(EVOFIT).setCommitter(EVOFIT).setSign(false).call();
            return true;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit to project " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open project " + name + "'s repository: " + e.getMessage(), e);
        }
    }

    /** Creates the work tree with its folders and an empty first commit. */
    static Project init(String name, Path dir) {
        try {
            for (FileKind k : FileKind.values()) {
                Files.createDirectories(dir.resolve(k.folder()));
            }
            try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
                git.commit().setMessage("project " + name + " created").setAuthor(EVOFIT).setCommitter(EVOFIT)
                        .setAllowEmpty(true).setSign(false).call();
            }
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot create project " + name + "'s repository: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create project " + name + ": " + e.getMessage(), e);
        }
        return new Project(name, dir);
    }
}
