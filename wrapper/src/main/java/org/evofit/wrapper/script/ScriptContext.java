package org.evofit.wrapper.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.DataSource;

/**
 * What a {@link ModelScript} declares in {@link ModelScript#define}: parameters, couplings, data sets,
 * figure of merit and optimizer settings, the parts of a model file other than the model itself.
 *
 * <p>The first {@code define} builds the fit problem. The per-thread instances made afterwards
 * define again against a replaying context that only hands back the same slots, so data files are
 * read once and the declarations cannot drift between threads.
 */
public final class ScriptContext {

    private final Path directory;
    /** Read in place of the first declared data file (a sweep's {@code data:}), or {@code null}. */
    private final Path firstDataFile;
    /** Slots of the built problem when replaying, else {@code null}. */
    private final ToIntFunction<String> replay;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<String> couplings = new ArrayList<>();
    private final List<DataSet> dataSets = new ArrayList<>();
    private final List<DataSource> sources = new ArrayList<>();
    private String fom = "log";
    private FitSettings settings = FitSettings.defaults();

    private ScriptContext(Path directory, Path firstDataFile, ToIntFunction<String> replay) {
        this.directory = directory;
        this.firstDataFile = firstDataFile;
        this.replay = replay;
    }

    /**
     * A context that collects the declarations; data files resolve against {@code directory}, except
     * that the first one is read from {@code firstDataFile} when that is not {@code null}.
     */
    static ScriptContext defining(Path directory, Path firstDataFile) {
        return new ScriptContext(directory, firstDataFile, null);
    }

    /** A context for a further instance: parameters get the built problem's slots, nothing else counts. */
    static ScriptContext replaying(ToIntFunction<String> slotOf) {
        return new ScriptContext(null, null, slotOf);
    }

    /**
     * Declares a fitted parameter.
     *
     * @return its slot, for {@link Values#at}
     */
    public int parameter(String name, double value, double min, double max) {
        return declare(Parameter.fitted(name, value, min, max));
    }

    /**
     * Declares a fixed parameter (a coupling may set it).
     *
     * @return its slot, for {@link Values#at}
     */
    public int fixed(String name, double value) {
        return declare(Parameter.fixed(name, value));
    }

    private int declare(Parameter p) {
        if (replay != null) {
            int slot = replay.applyAsInt(p.name());
            if (slot < 0) {
                throw new IllegalStateException("the script declared parameter " + p.name()
                        + " only on a later run of define; define must declare the same every time");
            }
            return slot;
        }
        // Refused here, where the script's call is on the stack, so the message names its line.
        if (parameters.stream().anyMatch(q -> q.name().equals(p.name()))) {
            throw new IllegalArgumentException("parameter " + p.name() + " is declared twice");
        }
        // FitProblem gives slots in declaration order, so the index is the slot it will give.
        parameters.add(p);
        return parameters.size() - 1;
    }

    /**
     * The slot of a parameter declared earlier.
     *
     * @throws IllegalArgumentException for a name not declared
     */
    public int slot(String name) {
        if (replay != null) {
            int slot = replay.applyAsInt(name);
            if (slot < 0) {
                throw new IllegalArgumentException("no parameter named " + name + " has been declared");
            }
            return slot;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no parameter named " + name + " has been declared");
    }

    /** A coupling such as {@code "b = 2*a"}, applied before every simulation (its target must be fixed). */
    public void couple(String coupling) {
        if (replay == null) {
            couplings.add(coupling);
        }
    }

    /**
     * A data set from a text file of columns, named after the file.
     *
     * @param file    relative to the script's directory
     * @param xColumn zero-based column of x
     * @param yColumn zero-based column of y
     * @throws org.evofit.core.data.DataFileException for a file that cannot be read as columns
     */
    public void data(String file, int xColumn, int yColumn) {
        data(file, ColumnSpec.of(xColumn, yColumn));
    }

    /**
     * A data set from a text file of columns with 1-sigma errors of y, named after the file.
     *
     * @param file        relative to the script's directory
     * @param xColumn     zero-based column of x
     * @param yColumn     zero-based column of y
     * @param errorColumn zero-based column of the errors
     * @throws org.evofit.core.data.DataFileException for a file that cannot be read as columns
     */
    public void data(String file, int xColumn, int yColumn, int errorColumn) {
        data(file, ColumnSpec.of(xColumn, yColumn, errorColumn));
    }

    private void data(String file, ColumnSpec columns) {
        if (replay != null) {
            return;
        }
        Path named = directory.resolve(file);
        // As in a model file: a substituted file keeps the declared data set's name and columns.
        Path path = dataSets.isEmpty() && firstDataFile != null ? firstDataFile : named;
        dataSets.add(ColumnTextLoader.load(path, named.getFileName().toString(), columns));
        sources.add(new DataSource(path, null));
    }

    /** The figure of merit by its GenX name ({@code log} unless told). */
    public void fom(String name) {
        fom = name;
    }

    /** The number of generations (GenX's default rule unless told). */
    public void generations(int generations) {
        settings = settings.withDe(settings.de().withGenerations(generations));
    }

    /** The population size (GenX's default rule unless told). */
    public void population(int population) {
        settings = settings.withDe(settings.de().withPopulation(population));
    }

    /** The optimizer's random seed. */
    public void seed(long seed) {
        settings = settings.withDe(settings.de().withSeed(seed));
    }

    /**
     * Any optimizer setting by its model-file key (see {@link OptimizerSettings}), such as
     * {@code setting("km", 0.5)} or {@code setting("restarts", 8)}.
     *
     * @throws IllegalArgumentException for an unknown key or a value out of bounds
     */
    public void setting(String key, Object value) {
        settings = OptimizerSettings.require(key).apply(settings, value);
    }

    List<Parameter> parameters() {
        return parameters;
    }

    List<Coupling> couplings() {
        return couplings.stream().map(Coupling::parse).toList();
    }

    List<DataSet> dataSets() {
        return dataSets;
    }

    List<DataSource> sources() {
        return sources;
    }

    String fom() {
        return fom;
    }

    FitSettings settings() {
        return settings;
    }
}
