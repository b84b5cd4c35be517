package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evofit.core.input.InputFileException;
import org.evofit.server.ServiceException;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.script.ScriptRunException;

/**
 * Loads a model file the way a fit will, to refuse a broken one before it is kept or run. The model is
 * laid out with the data files it may name ({@link ModelInputs}: the upload's own, then the project's),
 * so a model is accepted when the files it names are uploaded with it or are in the project already.
 * Mistakes are named by project path ({@code models/film.yaml:12:7}).
 */
final class ModelCheck {

    private ModelCheck() {
    }

    /**
     * Loads each of {@code models} (files of the upload in {@code folder}) with the upload's data files
     * and the project's.
     *
     * @throws ServiceException 400 at the first mistake
     */
    static void loadAll(Path folder, List<String> models, List<String> uploadedData, Path projectData) {
        Map<String, Path> data = new LinkedHashMap<>();
        dataFiles(projectData).forEach(f -> data.put(f.getFileName().toString(), f));
        uploadedData.forEach(name -> data.put(name, folder.resolve(name)));
        for (String model : models) {
            Path scratch = folder.resolve(".check-" + model);
            try {
                load(ModelInputs.arrange(scratch, folder.resolve(model), data.values()), scratch);
            } finally {
                ModelInputs.delete(scratch);
            }
        }
    }

    /**
     * Loads a stored model in a scratch folder under {@code scratchRoot}, with the project's data.
     *
     * @return the refusal when it does not load, or null
     */
    static ServiceException problem(Path model, Path projectData, Path scratchRoot) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(scratchRoot, "check-");
            load(ModelInputs.arrange(scratch, model, dataFiles(projectData)), scratch);
            return null;
        } catch (ServiceException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                ModelInputs.delete(scratch);
            }
        }
    }

    private static void load(Path model, Path base) {
        try {
            ModelFiles.load(model);
        } catch (InputFileException e) {
            throw Located.badInput(e, base);
        } catch (ScriptRunException | IllegalArgumentException e) {
            throw ServiceException.badInput(base.relativize(model) + ": " + Located.userText(e.getMessage(), base), null);
        }
    }

    private static List<Path> dataFiles(Path projectData) {
        if (!Files.isDirectory(projectData)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(projectData)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
