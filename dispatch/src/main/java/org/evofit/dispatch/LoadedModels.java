package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.looper.RunExecutor;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.FileNames;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * A worker's most recently loaded models, so that the runs of a sweep parse its model file and read its data
 * files once rather than once per run (about 3 ms of a tiny run's CPU). A model is shared between the runs and
 * slots that load it: a {@link ModelDefinition} is immutable, and each run changes its start values, settings
 * and seed on a copy.
 *
 * <p>A model is keyed by the sweep's input files as the worker's cache holds them ({@link InputFiles.Local}:
 * the content hash of every file), so a re-plan that stores new content for a model or data file loads it
 * afresh. Model scripts are not kept: their code is the user's, which nothing says may be shared between
 * concurrent fits. A load that fails is not kept either (the next run meets the same error and records it).
 */
final class LoadedModels {

    /** Models kept; a worker's slots mostly fit one or a few sweeps at a time. */
    static final int CAPACITY = 16;

    private final Map<Key, ModelDefinition> models = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ModelDefinition> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * How the runs of a sweep whose input files are {@code inputs} load their models, naming the files as
     * {@code names} says in what they write.
     */
    RunExecutor.ModelLoader of(InputFiles.Local inputs, FileNames names) {
        return (file, data) -> load(new Key(inputs, file, data)).withFileNames(names);
    }

    private ModelDefinition load(Key key) {
        if (ModelFiles.isScript(key.file())) {
            return ModelFiles.loadWith(key.file(), key.data());
        }
        synchronized (models) {
            ModelDefinition kept = models.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Loaded outside the lock: two slots starting the sweep together may both load it, which only costs time.
        ModelDefinition loaded = ModelFiles.loadWith(key.file(), key.data());
        synchronized (models) {
            models.put(key, loaded);
        }
        return loaded;
    }

    /** Which files a model was loaded from, and with what content. */
    private record Key(InputFiles.Local inputs, Path file, DataReplacement data) {
    }
}
