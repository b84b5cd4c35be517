package org.evofit.server.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.evofit.wrapper.io.Staging;
import org.evofit.wrapper.model.FileNames;

/**
 * A folder where a model file finds the data files it names. A model names its data relative to itself
 * ({@code film.dat}, {@code data/film.dat} or {@code ../data/film.dat}, as the user's own folders had
 * them), while a project keeps models in {@code models/} and data in {@code data/}: this lays the model
 * out as {@code models/NAME} with every data file in {@code data/} and also beside the model and in
 * {@code models/data/}, so each of those spellings finds the file. Data files are hard links where the
 * file system allows (no copy), otherwise copies.
 */
public final class ModelInputs {

    private ModelInputs() {
    }

    /** The folder of a submission's copies of its model and data files: {@code SUBMISSION/input/}. */
    public static Path ofSubmission(Path submission) {
        return submission.resolve("input");
    }

    /**
     * How a run of a model laid out under {@code target} ({@link #arrange}) names the files it read in what it
     * writes: as they were uploaded to the project ({@code models/model.yaml}, {@code data/example.ort}), never
     * by their path on the server. A data file the model found beside itself or in {@code models/data/} is
     * the project's {@code data/NAME} laid out there, and is named so.
     */
    public static FileNames asUploaded(Path target) {
        FileNames relative = FileNames.relativeTo(target);
        String models = FileKind.MODEL.folder() + "/";
        FileNames names = file -> {
            String name = relative.of(file);
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            boolean dataLaidOut = name.startsWith(models) && FileKind.ofUpload(fileName).orElse(null) == FileKind.DATA;
            return dataLaidOut ? FileKind.DATA.folder() + "/" + fileName : name;
        };
        return FileNames.withText(names, text -> FileNames.replacing(text, laidOut(target, names)));
    }

    /**
     * Each file laid out under {@code target}, by its absolute path and by its path under {@code target} as given,
     * to its name; and the folder itself, so that a path under it by any other spelling is named relative to it.
     * Read when a run's error is worded, which is rare, so a file laid out since is named too.
     */
    private static Map<String, String> laidOut(Path target, FileNames names) {
        Path root = target.toAbsolutePath().normalize();
        String separator = root.getFileSystem().getSeparator();
        Map<String, String> out = new HashMap<>();
        out.put(root + separator, "");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = names.of(f);
                out.put(f.toString(), name);
                out.put(target.resolve(root.relativize(f)).toString(), name);
            });
        } catch (IOException | UncheckedIOException e) {
            // The folder itself still goes: no error names the server's path of it.
        }
        return out;
    }

    /**
     * Lays out {@code model} and {@code dataFiles} under {@code target} (created when missing).
     *
     * @return the model's copy, {@code target/models/NAME}
     */
    public static Path arrange(Path target, Path model, Collection<Path> dataFiles) {
        try {
            Path models = Files.createDirectories(target.resolve(FileKind.MODEL.folder()));
            Path copy = Files.copy(model, models.resolve(model.getFileName().toString()));
            for (Path folder : new Path[] {target.resolve(FileKind.DATA.folder()), models, models.resolve("data")}) {
                Files.createDirectories(folder);
                for (Path f : dataFiles) {
                    Path link = folder.resolve(f.getFileName().toString());
                    if (!Files.exists(link)) {
                        link(f, link);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out " + model.getFileName() + " with its data: " + e.getMessage(), e);
        }
    }

    private static void link(Path file, Path link) throws IOException {
        try {
            Files.createLink(link, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, link);
        }
    }

    /**
     * Removes a folder this service made (an upload's, a check's, a refused submission's) and all in it. Entries
     * that vanish while it walks are skipped: Jetty deletes a refused upload's multipart parts from its scratch
     * folder at the same time as the upload's close removes that folder.
     */
    public static void delete(Path dir) {
        try {
            Staging.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
