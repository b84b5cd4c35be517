package org.evofit.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * The files a sweep's runs read, carried in the run store so that a worker on another host needs no
 * shared file system: at submission every model file, the data files each model names and every
 * substituted data file are stored by content; a worker writes them into a local cache under their
 * original absolute paths (so a model's relative data paths still resolve) and runs the spec with its
 * paths moved into the cache, naming each file in what the run writes as the sweep was stored to name its
 * original ({@link FileStore#shownAs}).
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files a sweep's runs read.
     *
     * @param contents   the bytes of each file that could be read, by absolute path
     * @param unreadable the absolute path of each data file that could not be read (its runs fail on the worker, as
     *                   they would locally): not stored, but named as the others ({@link FileStore#shownAs})
     */
    public record Gathered(Map<String, byte[]> contents, Set<String> unreadable) {

        /** Files that could all be read: {@code contents}, by absolute path. */
        public static Gathered readable(Map<String, byte[]> contents) {
            return new Gathered(contents, Set.of());
        }

        /** Every file's absolute path, those that could be read first. */
        public Set<String> paths() {
            Set<String> all = new LinkedHashSet<>(contents.keySet());
            all.addAll(unreadable);
            return all;
        }
    }

    /**
     * The bytes of every file the runs read, by absolute path ({@link #gather}'s contents).
     *
     * @throws UncheckedIOException when a model file cannot be read
     */
    public static Map<String, byte[]> collect(Iterable<RunSpec> runs) {
        return gather(runs).contents();
    }

    /**
     * Every file the runs read: the bytes of those that can be read, the paths of the data files that cannot.
     *
     * @throws UncheckedIOException when a model file cannot be read
     */
    public static Gathered gather(Iterable<RunSpec> runs) {
        Set<Path> files = new TreeSet<>();
        Set<Path> models = new TreeSet<>();
        for (RunSpec r : runs) {
            models.add(r.model());
            if (r.data() != null) {
                files.add(r.data());
            }
            // A joint model's run reads a file of the sweep's for each data set it names.
            files.addAll(r.dataSets().values());
        }
        for (Path model : models) {
            files.add(model);
            ModelDefinition definition = ModelFiles.load(model);
            for (DataSource source : definition.dataSources()) {
                files.add(source.file().toAbsolutePath().normalize());
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        Set<String> unreadable = new TreeSet<>();
        for (Path f : files) {
            try {
                out.put(f.toString(), Files.readAllBytes(f));
            } catch (IOException e) {
                // A data file that cannot be read fails its runs on the worker, as it would locally.
                if (models.contains(f)) {
                    throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
                }
                unreadable.add(f.toString());
            }
        }
        return new Gathered(out, unreadable);
    }

    /**
     * The name {@code names} gives each of the input files {@code paths} (absolute, as {@link #collect} keys
     * them), for the store ({@link FileStore#shownAs}); none when {@code names} names every file as given.
     */
    public static Map<String, String> shownAs(Iterable<String> paths, FileNames names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (names != FileNames.AS_GIVEN) {
            paths.forEach(p -> out.put(p, names.of(Path.of(p))));
        }
        return out;
    }

    /**
     * Each input file named as {@code shownAs} has it by its original absolute path, any other by its path; in
     * text ({@link FileNames#inText}) each original path by its name.
     */
    public static FileNames naming(Map<String, String> shownAs) {
        return naming(shownAs, Path::toString, shownAs);
    }

    /**
     * The naming {@link #naming(Map)} and {@link Local#naming} share: a file whose original absolute path
     * ({@code original}, null for none) {@code shownAs} has is named so, any other by its path; in text each
     * path {@code inText} holds is replaced by its name.
     */
    private static FileNames naming(Map<String, String> shownAs, Function<Path, String> original,
                                    Map<String, String> inText) {
        if (shownAs.isEmpty()) {
            return FileNames.AS_GIVEN;
        }
        return FileNames.withText(file -> {
            String key = original.apply(file);
            return key != null && shownAs.containsKey(key) ? shownAs.get(key) : file.toString();
        }, text -> FileNames.replacing(text, inText));
    }

    /**
     * A sweep's input files in a local cache: how to move a spec's paths there.
     *
     * @param root   the cache directory of the sweep's inputs
     * @param inputs original absolute path to the content hash written there
     */
    public record Local(Path root, Map<String, String> inputs) implements UnaryOperator<RunSpec> {

        @Override
        public RunSpec apply(RunSpec r) {
            UnaryOperator<Path> move = p -> p != null && inputs.containsKey(p.toString()) ? local(root, p.toString()) : p;
            Map<String, Path> dataSets = new LinkedHashMap<>();
            r.dataSets().forEach((name, file) -> dataSets.put(name, move.apply(file)));
            return new RunSpec(r.id(), move.apply(r.model()), move.apply(r.data()), r.overrides(), r.seed(),
                    r.settings(), r.sequence(), r.startFrom(), r.adjustBounds(), r.sequenceAxis(), dataSets);
        }

        /**
         * How a run of the cached files names them in what it writes: a cached file by the name {@code shownAs}
         * gives its original ({@link InputFiles#naming}); one it does not name by its cached path, which
         * {@link SubmitterView} makes the original path again. In text (a failed run's error) both the cached
         * and the original path of each file {@code shownAs} names become its name.
         */
        public FileNames naming(Map<String, String> shownAs) {
            Path cache = root.toAbsolutePath().normalize();
            Map<String, String> inText = new HashMap<>(shownAs);
            shownAs.forEach((original, shown) -> {
                inText.put(local(root, original).toString(), shown);
                inText.put(local(cache, original).toString(), shown);
            });
            return InputFiles.naming(shownAs, file -> {
                Path absolute = file.toAbsolutePath().normalize();
                // A cached file lies at CACHE/a/b for its original /a/b.
                return absolute.startsWith(cache) ? absolute.getRoot().resolve(cache.relativize(absolute)).toString() : null;
            }, inText);
        }
    }

    /**
     * Brings the cache in line with the sweep's input files {@code inputs} (path to content hash, as
     * the store has them now): writes each file that is missing or whose content differs — a
     * scheduled sweep's re-plan may have stored new content for a path — and returns how to move a
     * spec's paths there.
     *
     * @param known what an earlier call wrote, or {@code null}
     */
    public static synchronized Local materialise(FileStore store, String sweep, Path cache, Map<String, String> inputs,
                                                 Local known) {
        Path root = cache.resolve(sweep).resolve("inputs");
        AtomicFiles files = new AtomicFiles();
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            Path target = local(root, e.getKey());
            boolean current = known != null ? e.getValue().equals(known.inputs().get(e.getKey())) && Files.isRegularFile(target)
                    : hasContent(target, e.getValue());
            if (!current) {
                files.bytes(target, store.input(e.getValue()));
            }
        }
        files.commit();
        return new Local(root, Map.copyOf(inputs));
    }

    private static boolean hasContent(Path file, String sha256) {
        try {
            return Files.isRegularFile(file) && Hashes.sha256(Files.readAllBytes(file)).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path local(Path root, String absolute) {
        Path p = Path.of(absolute);
        Path relative = p.getRoot() == null ? p : p.getRoot().relativize(p);
        return root.resolve(relative.toString());
    }
}
