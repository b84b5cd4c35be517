package org.evofit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.results.ModelJson;
import org.evofit.wrapper.results.ResultJson;

/**
 * A git repository that keeps every finished run's files, so that a campaign's history is kept
 * and diffable: each run is mirrored into a folder of its own and committed with a message naming
 * the model, the data and the figure of merit. A run whose files have not changed since its last
 * commit adds none. Uses JGit, so no git binary is needed; the repository is created when missing.
 */
public final class ResultsArchive {

    private static final PersonIdent EVOFIT = new PersonIdent("evofit", "evofit@localhost");

    private final Path repository;

    /** The archive at {@code repository} (created on the first commit if missing). */
    public ResultsArchive(Path repository) {
        this.repository = repository;
    }

    /**
     * Checks, before any run is fitted, that the archive can be committed to: it is an existing git
     * repository, or a folder (existing or to be created) where one can be created.
     *
     * @throws ReportInputException naming the archive and why it cannot be used
     */
    public void check() {
        if (Files.exists(repository) && !Files.isDirectory(repository)) {
            throw new ReportInputException(repository + ": --archive names a file; expected a git repository or a "
                    + "directory to create one in");
        }
        Path existing = repository.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new ReportInputException(repository + ": --archive cannot be created or written there ("
                    + existing + " is " + (existing != null && Files.isDirectory(existing) ? "not writable" : "not a directory")
                    + "); expected a git repository or a directory to create one in");
        }
        if (Files.exists(repository.resolve(".git"))) {
            try (Git git = Git.open(repository.toFile())) {
                git.getRepository().getRefDatabase().getRefs();
            } catch (IOException | RuntimeException e) {
                throw new ReportInputException(repository + ": --archive is not a readable git repository: "
                        + e.getMessage());
            }
        }
    }

    /** The archive's folder. */
    public Path repository() {
        return repository;
    }

    /**
     * Mirrors the files of the finished run in {@code runDir} into {@code folder} of the archive (files the
     * run no longer has are removed) and commits them.
     *
     * @param runDir the run directory (its result.json must exist)
     * @param folder where the run goes in the archive, a relative path with '/' separators
     * @return the new commit's id, or empty when nothing changed
     */
    public Optional<String> commit(Path runDir, String folder) {
        if (!RunData.isRun(runDir)) {
            throw new ReportInputException(runDir + ": no " + ResultFiles.RESULT_JSON
                    + "; only a finished run can be archived");
        }
        if (folder.isEmpty() || folder.startsWith("/") || folder.contains("..") || folder.startsWith(".git")) {
            throw new IllegalArgumentException("archive folder must be a relative path inside the archive: " + folder);
        }
        try (Git git = open()) {
            Path target = repository.resolve(folder);
            mirror(runDir, target);
            git.add().addFilepattern(folder).call();
            git.add().setUpdate(true).addFilepattern(folder).call();
            if (git.status().addPath(folder).call().isClean()) {
                return Optional.empty();
            }
            RevCommit c = git.commit().setMessage(message(runDir, folder)).setAuthor(EVOFIT).setCommitter(EVOFIT)
                    .setSign(false).call();
            return Optional.of(c.getName());
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit to the archive " + repository + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive " + repository + ": " + e.getMessage(), e);
        }
    }

    /** The commit message: folder, model, data files and figure of merit of the run. */
    static String message(Path runDir, String folder) {
        ResultJson result = RunData.input(() -> ResultJson.read(runDir.resolve(ResultFiles.RESULT_JSON)));
        Path modelJson = runDir.resolve(ResultFiles.MODEL_JSON);
        List<String> data = new ArrayList<>();
        if (Files.isRegularFile(modelJson)) {
            RunData.input(() -> ModelJson.read(modelJson)).dataSets().forEach(d -> data.add(RunReport.dataFile(d)));
        }
        String model = result.model() == null ? "" : result.model();
        String fom = (result.fomName() == null ? "fom" : result.fomName()) + " = " + Numbers.value(result.fom());
        return folder + ": " + RunReport.fileName(model) + " on "
                + (data.isEmpty() ? "its data" : String.join(", ", data)) + ", " + fom + "\n\n"
                + "model: " + model + "\n"
                + "data: " + String.join(", ", data) + "\n"
                + "figure of merit: " + fom + "\n"
                + "finished: " + (result.finished() == null ? "" : result.finished()) + "\n";
    }

    private Git open() throws IOException, GitAPIException {
        if (Files.isDirectory(repository.resolve(".git"))) {
            return Git.open(repository.toFile());
        }
        Files.createDirectories(repository);
        return Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
    }

    private static void mirror(Path from, Path to) throws IOException {
        Set<Path> kept = new HashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tmp")).toList();
        }
        for (Path f : files) {
            Path rel = from.relativize(f);
            Path dest = to.resolve(rel.toString());
            Files.createDirectories(dest.getParent());
            if (!Files.exists(dest) || Files.mismatch(f, dest) != -1) {
                Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            kept.add(dest.normalize());
        }
        if (Files.isDirectory(to)) {
            List<Path> old;
            try (Stream<Path> s = Files.walk(to)) {
                old = s.filter(Files::isRegularFile).toList();
            }
            for (Path p : old) {
                if (!kept.contains(p.normalize())) {
                    Files.delete(p);
                }
            }
        }
    }
}
