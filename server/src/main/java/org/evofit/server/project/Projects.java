package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.evofit.server.DataDirectory;
import org.evofit.server.ServiceException;

/** The projects under {@code --data}/projects: create, list, find. */
public final class Projects {

    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    /** The projects of {@code data}. */
    public Projects(DataDirectory data) {
        this.root = data.projects();
    }

    /**
     * Creates project {@code name} of account {@code owner} (null: of no account), whose id is
     * {@link ProjectName#id}: names are per owner, so the only project a name can clash with is the owner's own.
     *
     * @throws ServiceException 400 for a name the rule refuses, 409 when the owner has a project of that name
     */
    public Project create(String owner, String name) {
        String id = ProjectName.id(owner, name);
        Path dir = root.resolve(id);
        synchronized (lockOf(dir)) {
            if (Files.exists(dir)) {
                throw ServiceException.conflict(owner == null ? "project " + id + " exists already"
                        : "you have a project called " + name + " already (" + id + "): choose another name");
            }
            return Project.init(id, dir);
        }
    }

    /**
     * The project called {@code name}.
     *
     * @throws ServiceException 404 when there is none
     */
    public Project get(String name) {
        if (name != null && name.endsWith(".git")) {
            throw ServiceException.notFound("no project " + name);
        }
        Path dir = root.resolve(name == null ? "" : name).normalize();
        if (!dir.getParent().equals(root) || !Files.isDirectory(dir.resolve(".git"))) {
            throw ServiceException.notFound("no project " + name);
        }
        return new Project(dir.getFileName().toString(), dir);
    }

    /** Every project, by name. */
    public List<Project> list() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve(".git"))).sorted()
                    .map(d -> new Project(d.getFileName().toString(), d)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object lockOf(Path dir) {
        return LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Object());
    }
}
