package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.input.InputFileException;
import org.evofit.server.ServiceException;
import org.evofit.server.UploadLimits;
import org.evofit.wrapper.genx.GenxImporter;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.modelfile.YamlScalars;
import org.evofit.wrapper.genx.ImportReport;
import org.evofit.wrapper.genx.ScriptLine;

/**
 * Turns a received upload into project files, all or nothing: GenX projects are imported (as
 * {@code evofit import-genx} imports them), model files are loaded with their data, the project's size
 * limit is checked, and only then are the files moved into their folders and committed.
 */
final class Uploads {

    private Uploads() {
    }

    /**
     * Checks the staged upload and, when it passes, stores it in {@code project} as one commit.
     *
     * @param lenient   whether GenX script lines without an evofit equivalent are kept as comments (and
     *                  reported) rather than refusing the project
     * @param requestId the correlation id, named in the commit message
     */
    static UploadResult store(Project project, StagedUpload upload, UploadLimits limits, boolean lenient,
                              String requestId) {
        Map<String, FileKind> placed = new LinkedHashMap<>(upload.files());
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, FileKind> f : upload.files().entrySet()) {
            if (f.getValue() == FileKind.GENX) {
                importGenx(upload.folder(), f.getKey(), lenient, placed, notes);
            }
        }
        List<String> models = placed.entrySet().stream().filter(e -> e.getValue() == FileKind.MODEL
                || e.getValue() == FileKind.SCRIPT).map(Map.Entry::getKey).toList();
        List<String> data = placed.entrySet().stream().filter(e -> e.getValue() == FileKind.DATA)
                .map(Map.Entry::getKey).toList();
        ModelCheck.loadAll(upload.folder(), models, data, project.dir().resolve(FileKind.DATA.folder()));
        synchronized (project.lock()) {
            checkProjectSize(project, upload.folder(), placed, limits);
            List<ProjectFile> stored = new ArrayList<>();
            try {
                for (Map.Entry<String, FileKind> f : placed.entrySet()) {
                    Path target = project.dir().resolve(f.getValue().folder()).resolve(f.getKey());
                    Files.createDirectories(target.getParent());
                    Files.move(upload.folder().resolve(f.getKey()), target, StandardCopyOption.REPLACE_EXISTING);
                    stored.add(new ProjectFile(project.relative(target), f.getValue().label(), Files.size(target)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the upload in project " + project.name() + ": "
                        + e.getMessage(), e);
            }
            project.commit("upload: " + String.join(", ", placed.keySet()) + "\n\nrequest: " + requestId,
                    folders(placed));
            return new UploadResult(project.name(), stored, notes);
        }
    }

    /**
     * Imports {@code hgx} (a GenX project, .hgx or .gx) into the upload's folder: its model as {@code <stem>.yaml}, its data files beside it.
     */
    private static void importGenx(Path folder, String hgx, boolean lenient, Map<String, FileKind> placed,
                                   List<String> notes) {
        Path out = folder.resolve(".import-" + hgx);
        ImportReport report;
        try {
            report = GenxImporter.importFile(folder.resolve(hgx), out, lenient);
        } catch (InputFileException e) {
            throw Located.badInput(e, folder);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ServiceException.badInput(hgx + ": " + Located.userText(e.getMessage(), folder), null);
        }
        String stem = hgx.substring(0, hgx.lastIndexOf('.'));
        try {
            for (Path data : report.dataFiles()) {
                String name = data.getFileName().toString();
                requireNew(placed, name, hgx);
                Files.move(data, folder.resolve(name));
                placed.put(name, FileKind.DATA);
            }
            String model = model(stem);
            requireNew(placed, model, hgx);
            Files.move(report.model(), folder.resolve(model));
            placed.put(model, FileKind.MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ScriptLine line : report.untranslated()) {
            notes.add(hgx + ": not translated, kept as a comment in " + stem + ".yaml: " + line.describe());
        }
        if (report.sweep() != null) {
            String sweep = stem + "-batch.yaml";
            requireNew(placed, sweep, hgx);
            AtomicFiles.writeText(folder.resolve(sweep), projectSweep(report, model(stem)));
            placed.put(sweep, FileKind.SWEEP);
            notes.add(hgx + ": a GenX batch; its sweep over the entries' data files, with their sequence and start "
                    + "values, is " + FileKind.SWEEP.folder() + "/" + sweep);
        }
        ModelInputs.delete(out);
    }

    private static String model(String stem) {
        return stem + ".yaml";
    }

    /**
     * The import's sweep file as it reads from the project's {@code sweeps/}: the importer writes it beside
     * the model and data ({@code "model.yaml"}, {@code "NAME.dat"}), the project keeps them in {@code models/}
     * and {@code data/}. The writer quotes every path, so each quoted name is a path and nothing else.
     */
    private static String projectSweep(ImportReport report, String model) {
        String text;
        try {
            text = Files.readString(report.sweep());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = text.replace(YamlScalars.quoted(report.model().getFileName().toString()),
                YamlScalars.quoted("../" + FileKind.MODEL.folder() + "/" + model));
        for (Path data : report.dataFiles()) {
            String name = data.getFileName().toString();
            text = text.replace(YamlScalars.quoted(name), YamlScalars.quoted("../" + FileKind.DATA.folder() + "/" + name));
        }
        return text;
    }

    private static void requireNew(Map<String, FileKind> placed, String name, String hgx) {
        if (placed.containsKey(name)) {
            throw ServiceException.conflict(hgx + ": its import writes " + name + ", which this upload holds too; "
                    + "upload them separately");
        }
    }

    private static void checkProjectSize(Project project, Path folder, Map<String, FileKind> placed, UploadLimits limits) {
        long replaced = 0;
        long added = 0;
        try {
            for (Map.Entry<String, FileKind> f : placed.entrySet()) {
                added += Files.size(folder.resolve(f.getKey()));
                Path existing = project.dir().resolve(f.getValue().folder()).resolve(f.getKey());
                replaced += Files.isRegularFile(existing) ? Files.size(existing) : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long after = project.bytes() - replaced + added;
        if (after > limits.maxProjectBytes()) {
            throw new ServiceException(413, "the upload (" + added + " bytes) would make project " + project.name()
                    + " " + after + " bytes, more than the limit of " + limits.maxProjectBytes()
                    + " bytes per project (--project-max-bytes)");
        }
    }

    private static List<String> folders(Map<String, FileKind> placed) {
        return placed.values().stream().map(FileKind::folder).distinct().toList();
    }
}
