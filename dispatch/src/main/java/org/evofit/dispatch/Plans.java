package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.evofit.looper.RunCount;
import org.evofit.looper.RunSpec;
import org.evofit.looper.Sweep;
import org.evofit.looper.SweepFile;
import org.evofit.looper.SweepPlan;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.MapNode;

/** The runs of what {@code evofit submit} is given: a sweep file, or a single model file as a one-run sweep. */
public final class Plans {

    private Plans() {
    }

    /** Whether the file is a sweep file (a YAML or JSON map with {@code models:}) rather than a model. */
    public static boolean isSweep(Path file) {
        if (ModelFiles.isScript(file)) {
            return false;
        }
        return DocumentReader.read(file) instanceof MapNode map && map.has("models");
    }

    /**
     * The runs, checked as {@code evofit loop} checks them (every model loaded first).
     *
     * @throws org.evofit.wrapper.doc.ModelFileException for a mistake in the sweep or a model file
     */
    public static List<RunSpec> of(Path file) {
        return of(file, RunCount.DEFAULT_MAX);
    }

    /**
     * The runs, at most {@code maxRuns} of them.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException as {@link #of(Path)}, and for a sweep that plans more runs
     */
    public static List<RunSpec> of(Path file, long maxRuns) {
        Sweep sweep = isSweep(file) ? SweepFile.read(file)
                : new Sweep(file, List.of(file.toAbsolutePath().normalize()), List.of(), List.of(), false, List.of(),
                        new TreeMap<>(), null);
        RunCount.check(sweep, maxRuns);
        return SweepPlan.expand(sweep);
    }
}
