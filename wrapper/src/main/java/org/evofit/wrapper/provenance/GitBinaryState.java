package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's {@link RepositoryState} as the git command itself tells it: {@code git status} (porcelain v2, tracked
 * files only) for HEAD's commit and the changed paths, {@code git ls-files} for whether the file is tracked and its
 * path in the repository. Two short processes cost about 20 CPU-ms where reading the same with JGit ran a few
 * hundred of cold JGit (and the log set-up its first logger starts), which in a short fit is most of what the run
 * costs beyond the fit. Where git is not installed, or says anything but a plain answer (no repository, a bare one,
 * one it does not trust, an error), it is empty and the caller reads the state with JGit, as before.
 */
final class GitBinaryState {

    /** Longer than git takes on any repository a fit sits in; a hung git (a stale network mount) gives way to JGit. */
    private static final long LIMIT_SECONDS = 20;

    private GitBinaryState() {
    }

    /** The state of the repository holding {@code realFile} (a real path), or empty: see the class comment. */
    static Optional<RepositoryState> of(Path realFile) {
        return of(realFile, "git");
    }

    /** As {@link #of(Path)} with the git command {@code git} (a test names one that does not exist). */
    static Optional<RepositoryState> of(Path realFile, String git) {
        Path dir = realFile.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        Optional<String> status = run(dir, git, "status", "--porcelain=v2", "-z", "--branch", "--untracked-files=no");
        Optional<String> tracked = status.isEmpty() ? Optional.empty()
                : run(dir, git, "ls-files", "-z", "--full-name", "--", realFile.getFileName().toString());
        if (tracked.isEmpty()) {
            return Optional.empty();
        }
        return parse(status.get(), tracked.get());
    }

    /**
     * The state from the output of the two commands: {@code status} (porcelain v2, {@code -z}, with the branch
     * header), {@code tracked} ({@code ls-files -z --full-name} of the file: empty when it is not in the index).
     */
    static Optional<RepositoryState> parse(String status, String tracked) {
        List<String> fields = List.of(status.split("\0", -1));
        String head = null;
        boolean headSeen = false;
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String line = fields.get(i);
            if (line.startsWith("# branch.oid ")) {
                String oid = line.substring("# branch.oid ".length());
                head = oid.equals("(initial)") ? null : oid;
                headSeen = true;
            } else if (line.startsWith("1 ")) {
                changed.add(pathAfter(line, 8));
            } else if (line.startsWith("2 ") && i + 1 < fields.size()) {
                // A rename or copy: the new path, then the one it came from, both changed.
                changed.add(pathAfter(line, 9));
                changed.add(fields.get(++i));
            } else if (line.startsWith("u ")) {
                changed.add(pathAfter(line, 10));
            } else if (!line.isEmpty() && !line.startsWith("# ")) {
                return Optional.empty(); // a line this reading does not know: JGit answers instead
            }
        }
        if (!headSeen || head != null && !head.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        String path = tracked.isEmpty() ? null : tracked.split("\0", -1)[0];
        // Not in the index and not staged as deleted: untracked or ignored, so not in HEAD either.
        boolean fileUncommitted = head == null || path == null || changed.contains(path);
        return Optional.of(new RepositoryState(head, fileUncommitted, !changed.isEmpty()));
    }

    /** The path of a porcelain v2 entry: what follows its first {@code fields} space-separated fields. */
    private static String pathAfter(String line, int fields) {
        int at = 0;
        for (int k = 0; k < fields; k++) {
            at = line.indexOf(' ', at) + 1;
            if (at == 0) {
                return line;
            }
        }
        return line.substring(at);
    }

    /** git's standard output of {@code args} run in {@code dir}, or empty when it cannot run or does not end with 0. */
    private static Optional<String> run(Path dir, String git, String... args) {
        // core.fsmonitor names a program that git status would start: a provenance read runs no program of a
        // repository's configuration (JGit's never did), whoever wrote it.
        List<String> command = new ArrayList<>(
                List.of(git, "--literal-pathspecs", "-c", "core.fsmonitor=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        // JGit's reading found the repository from the file alone: so does git, whatever a caller's GIT_DIR says.
        // Its configuration's locations (GIT_CONFIG_SYSTEM, ...) still count, as they do for JGit.
        env.keySet().removeIf(name -> name.startsWith("GIT_") && !name.startsWith("GIT_CONFIG"));
        // A status may refresh the index and write it back: a provenance read must not write a user's repository.
        env.put("GIT_OPTIONAL_LOCKS", "0");
        Path out = null;
        Process process = null;
        try {
            // Into a file, not a pipe: a status of many changes must not fill a pipe nobody reads during the wait.
            out = Files.createTempFile("evofit-git", ".out");
            process = builder.redirectOutput(out.toFile()).start();
            process.getOutputStream().close(); // nothing to read: git must not wait for input
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no git on the PATH, say
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroy();
            }
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind costs nothing that matters.
            }
        }
    }
}
