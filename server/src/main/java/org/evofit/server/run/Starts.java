package org.evofit.server.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.core.input.InputFileException;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.SweepDirectory;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Requester;
import org.evofit.server.Quota;
import org.evofit.server.project.FileKind;
import org.evofit.server.project.Located;
import org.evofit.server.project.ModelInputs;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectFile;
import org.evofit.server.project.ResultFolder;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelFileWriter;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.report.ResultsArchive;

/**
 * Starting a submission and keeping its results. A start checks the request against the project, copies
 * the inputs (model, the project's data files, the sweep file) into the submission's {@code input/} so
 * a later upload cannot change a run that is queued or resumes, plans the sweep there (every model
 * loaded: a mistake is refused now, at its file, line and column), and commits the sweep file into the
 * project's {@code sweeps/}. When the runs are done their files are committed into {@code results/ID/}.
 */
final class Starts {

    private Starts() {
    }

    /** The sweep file a submission runs: {@code input/sweeps/ID.yaml} in its folder. */
    static Path inputSweep(Path folder, String id) {
        return ModelInputs.ofSubmission(folder).resolve(FileKind.SWEEP.folder()).resolve(id + ".yaml");
    }

    /**
     * The planned sweep of submission {@code id} in its {@code folder}, its runs naming the files they read as
     * uploaded ({@link ModelInputs#asUploaded}), so no result or page shows where the service keeps them.
     */
    static LocalSweep planned(Path folder, String id) {
        return LocalSweep.plan(inputSweep(folder, id), folder).namingFiles(naming(folder));
    }

    /**
     * How the runs of the submission in {@code folder}, their errors, and its sweep.json and summary.csv, name the
     * model and data files: as uploaded ({@link ModelInputs#asUploaded}), on this machine's slots or a cluster's
     * workers alike. An error names any other path in the folder relative to it: none shows the server's data
     * directory.
     */
    static FileNames naming(Path folder) {
        FileNames uploaded = ModelInputs.asUploaded(ModelInputs.ofSubmission(folder));
        String submission = folder.toAbsolutePath().normalize() + folder.getFileSystem().getSeparator();
        return FileNames.withText(uploaded, text -> uploaded.inText(text).replace(submission, ""));
    }

    /**
     * What a submission that failed as a whole (its plan could not be read when it started, say) shows of
     * {@code failure}: its message with the files named as {@link #naming} names them, never by the server's paths.
     */
    static String failure(Path folder, RuntimeException failure) {
        return naming(folder).errorText(failure);
    }

    /**
     * Makes the submission's folder and records it as queued.
     *
     * @param by who starts it: recorded with it, and a guest's fits take the slots last
     * @param quota what {@code by} may ask (a fit's evaluations), or null for no quota (the single user's)
     * @throws ServiceException 400 for a model or data file the project lacks, or a mistake the plan finds
     */
    static Submission create(SubmissionStore store, Project project, StartRequest request, String requestId,
                             Requester by, Quota quota) {
        Path model = requireKind(project, request.model(), FileKind.MODEL, FileKind.SCRIPT);
        Map<String, List<String>> dataSets = ModelDataFiles.resolve(project, request, model);
        for (String d : request.data()) {
            requireKind(project, d, FileKind.DATA);
        }
        for (List<String> files : dataSets.values()) {
            files.forEach(d -> requireKind(project, d, FileKind.DATA));
        }
        String id = store.newId();
        Submission s = new Submission(id, project.name(), request.kind(), request.model(), request.data(), dataSets,
                request.settings(), request.fom(), request.sequence(), request.sample(), requestId, Instant.now().toString(),
                SubmissionStatus.QUEUED, null, null, by.user(), by.user() != null ? by.role().key() : null);
        Path folder = store.folderOf(id);
        String sweepText = SweepText.of(s);
        try {
            Path input = ModelInputs.ofSubmission(folder);
            List<Path> data = new ArrayList<>();
            for (ProjectFile f : project.files(FileKind.DATA)) {
                data.add(project.dir().resolve(f.path()));
            }
            Path modelCopy = ModelInputs.arrange(input, model, data);
            if (s.fom() != null) {
                withFigureOfMerit(s.model(), modelCopy, s.fom(), input);
            }
            Path sweep = inputSweep(folder, id);
            Files.createDirectories(sweep.getParent());
            AtomicFiles.writeText(sweep, sweepText);
            LocalSweep plan = plan(sweep, folder, input);
            if (quota != null) {
                FitWork.check(plan, quota.evaluationsPerFit(), s.role());
            }
            store.save(s);
        } catch (IOException e) {
            ModelInputs.delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ModelInputs.delete(folder);
            throw e;
        }
        synchronized (project.lock()) {
            AtomicFiles.writeText(project.dir().resolve(FileKind.SWEEP.folder()).resolve(id + ".yaml"), sweepText);
            project.commit(s.kind() + " " + id + " started: " + s.model() + " on " + s.dataText()
                    + "\n\nrequest: " + requestId, List.of(FileKind.SWEEP.folder()));
        }
        return s;
    }

    /**
     * Rewrites the submission's copy of the model with figure of merit {@code fom}: the figure of merit
     * is a model's (its {@code fom:}), not an optimizer setting a sweep file's {@code fit:} could override.
     */
    private static void withFigureOfMerit(String modelPath, Path modelCopy, String fom, Path input) {
        if (FileKind.ofStored(modelPath).orElse(null) != FileKind.MODEL) {
            throw ServiceException.badInput("fom: a model script sets its own figure of merit; choose it in its source", null);
        }
        try {
            ModelDefinition model = ModelFiles.load(modelCopy);
            ModelFileWriter.write(model.withProblem(model.problem().withFigureOfMerit(
                    FiguresOfMerit.byName(fom, model.problem().figureOfMerit().nonFinitePolicy()))), modelCopy);
        } catch (InputFileException e) {
            throw Located.badInput(e, input);
        }
    }

    private static LocalSweep plan(Path sweep, Path out, Path input) {
        try {
            return LocalSweep.plan(sweep, out);
        } catch (InputFileException e) {
            throw Located.badInput(e, input);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ServiceException.badInput(Located.userText(e.getMessage(), input), null);
        }
    }

    static Path requireKind(Project project, String path, FileKind... kinds) {
        Path file;
        try {
            file = project.file(path);
        } catch (ServiceException e) {
            throw ServiceException.badInput("project " + project.name() + " has no file " + path, null);
        }
        FileKind kind = FileKind.ofStored(path).orElse(null);
        for (FileKind k : kinds) {
            if (k == kind) {
                return file;
            }
        }
        throw ServiceException.badInput(path + " is not a " + kinds[0].label() + " file of project " + project.name(), null);
    }

    /** Commits each finished run's files into the project's {@code results/ID/} (a sweep: {@code results/ID/RUN/}). */
    static void archive(Project project, Submission s, Path folder, List<String> runIds) {
        ResultsArchive archive = new ResultsArchive(project.dir());
        synchronized (project.lock()) {
            for (String run : runIds) {
                Path runDir = new SweepDirectory(folder).dir(run);
                if (Files.isRegularFile(runDir.resolve(ResultFiles.RESULT_JSON))) {
                    archive.commit(runDir, ResultFolder.of(s.id(), runIds.size() == 1 ? null : run));
                }
            }
        }
    }
}
