package org.evofit.server.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.evofit.server.project.ProjectName;

/**
 * The projects' git repositories under {@code data/projects/}: a project NAME is served from
 * {@code projects/NAME/.git} (the work tree JGit keeps for the project). Only a name the project rule
 * ({@link ProjectName}) allows resolves, and only to a real directory inside {@code projects/} (a symbolic
 * link leading out is not followed), so no request can reach another path.
 */
final class ProjectRepositories {

    private final Path projects;

    ProjectRepositories(Path projects) {
        this.projects = projects.toAbsolutePath().normalize();
    }

    /** The git directory of project {@code name}, if the name is valid and that project has one. */
    Optional<Path> gitDirectory(String name) {
        if (!ProjectName.isValidId(name)) {
            return Optional.empty();
        }
        Path project = projects.resolve(name);
        Path git = project.resolve(".git");
        if (!Files.isDirectory(project, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(git);
    }

    /** Opens project {@code name}'s repository; the caller closes it. */
    Optional<Repository> open(String name) throws IOException {
        Optional<Path> git = gitDirectory(name);
        if (git.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FileRepositoryBuilder().setGitDir(git.get().toFile()).setMustExist(true).build());
    }
}
