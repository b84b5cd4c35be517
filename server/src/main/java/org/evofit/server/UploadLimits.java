package org.evofit.server;

/**
 * The file-set rules every upload is checked against before anything of it is kept: how many files one
 * upload may hold, how large each file may be, and how much a whole project may hold.
 *
 * @param minFiles        the fewest files one upload must hold
 * @param maxFiles        the most files one upload may hold
 * @param maxFileBytes    the largest file accepted
 * @param maxProjectBytes the most a project's files (models, data, GenX projects, sweeps) may add up to
 */
public record UploadLimits(int minFiles, int maxFiles, long maxFileBytes, long maxProjectBytes) {

    /** The default largest file: 256 MiB, the most evofit reads of one input file. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;
    /** The default largest project: 2 GiB. */
    public static final long DEFAULT_MAX_PROJECT_BYTES = 2L << 30;
    /** The default most files per upload (a sweep's data files come in one upload). */
    public static final int DEFAULT_MAX_FILES = 1000;

    /** Checks the values; a wrong one is an IllegalArgumentException naming the option. */
    public UploadLimits {
        if (minFiles < 1) {
            throw new IllegalArgumentException("--upload-min-files must be at least 1, got " + minFiles);
        }
        if (maxFiles < minFiles) {
            throw new IllegalArgumentException("--upload-max-files must be at least --upload-min-files (" + minFiles
                    + "), got " + maxFiles);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("--upload-max-file-bytes must be at least 1, got " + maxFileBytes);
        }
        if (maxProjectBytes < maxFileBytes) {
            throw new IllegalArgumentException("--project-max-bytes must be at least --upload-max-file-bytes ("
                    + maxFileBytes + "), got " + maxProjectBytes);
        }
    }

    /** One to {@value #DEFAULT_MAX_FILES} files of at most 256 MiB each, at most 2 GiB per project. */
    public static UploadLimits defaults() {
        return new UploadLimits(1, DEFAULT_MAX_FILES, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_PROJECT_BYTES);
    }
}
