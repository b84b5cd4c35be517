package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.nio.file.Path;
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
        return of(modelFile, names, modelFile == null ? null
                : RepositoryState.of(modelFile.toAbsolutePath().normalize()).orElse(null));
    }

    /**
     * As {@link #of(Path, FileNames)}, the model file's git state given rather than read: a cluster worker fits a copy
     * of a submitted model, whose git state is the submitter's ({@code repository} null: the model is in none there).
     */
    public static Provenance of(Path modelFile, FileNames names, RepositoryState repository) {
        return of(modelFile, names, repository, null);
    }

    /**
     * As {@link #of(Path, FileNames, RepositoryState)}, the model file's SHA-256 given too when known: a cluster worker's
     * copy has the content the submission stored under that hash, so it is not hashed again.
     *
     * @param sha256 the file's SHA-256 (lower-case hex), or null to hash the file
     */
    public static Provenance of(Path modelFile, FileNames names, RepositoryState repository, String sha256) {
        String name = null;
        String hash = null;
        if (modelFile != null) {
            Path absolute = modelFile.toAbsolutePath().normalize();
            name = names.of(absolute);
            hash = sha256 != null ? sha256 : hashOrNull(absolute);
        }
        String head = null;
        Boolean fileUncommitted = null;
        Boolean repositoryUncommitted = null;
        if (repository != null) {
            head = repository.headCommit();
            fileUncommitted = repository.fileUncommitted();
            repositoryUncommitted = repository.repositoryUncommitted();
        }
        return new Provenance(Version.current(), Version.commit(), name, hash, head, fileUncommitted, repositoryUncommitted,
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
