package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.evofit.wrapper.model.FileNames;

/**
 * What is needed to trace a fit back to its inputs and reproduce it: the evofit build, the exact model
 * file and its place in version control, and the platform. Seed, threads and timing are part of the
 * run's result already and are not repeated here.
 *
 * @param evofitVersion         evofit's version, such as {@code 0.1.0-SNAPSHOT}
 * @param buildCommit           git commit of the evofit sources the running build was made from, or
 *                              {@code unknown}
 * @param modelFile             the model file as the run names it ({@link FileNames}): its absolute path for a fit
 *                              whose files are named as given, or null when the model has no file
 * @param modelSha256           SHA-256 of the model file's bytes (lower-case hex), or null when there is
 *                              no file or it could not be read
 * @param modelRepositoryCommit HEAD commit of the git repository holding the model file, or null when it
 *                              is in none (or the repository has no commit yet)
 * @param modelUncommitted      whether the model file differs from that commit; null outside a repository
 * @param repositoryUncommitted whether any tracked file of that repository (data files, say) has
 *                              uncommitted changes; null outside a repository
 * @param jvm                   the Java runtime
 * @param os                    the operating system
 */
public record Provenance(String evofitVersion, String buildCommit, String modelFile, String modelSha256,
                         String modelRepositoryCommit, Boolean modelUncommitted,
                         Boolean repositoryUncommitted, JavaRuntime jvm, OperatingSystem os) {

    /**
     * The provenance of a fit of {@code modelFile} by this process. Never throws: what cannot be found
     * out (no repository, unreadable file) is null.
     *
     * @param modelFile the model file, or null for a model built in code
     */
    public static Provenance of(Path modelFile) {
        return of(modelFile, FileNames.AS_GIVEN);
    }

    /**
     * As {@link #of(Path)}, the model file named by {@code names}: given its absolute path (the web service's
     * runs name it as uploaded). Its content and git state are read from the file itself.
     */
    public static Provenance of(Path modelFile, FileNames names) {
        String file = null;
        String sha256 = null;
        Optional<RepositoryState> repository = Optional.empty();
        if (modelFile != null) {
            Path absolute = modelFile.toAbsolutePath().normalize();
            file = names.of(absolute);
            sha256 = hashOrNull(absolute);
            repository = RepositoryState.of(absolute);
        }
        return new Provenance(Version.current(), Version.commit(), file, sha256,
                repository.map(RepositoryState::headCommit).orElse(null),
                repository.map(RepositoryState::fileUncommitted).orElse(null),
                repository.map(RepositoryState::repositoryUncommitted).orElse(null),
                JavaRuntime.current(), OperatingSystem.current());
    }

    private static String hashOrNull(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return null;
        }
    }
}
