package org.evofit.looper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.DataSource;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.doc.Location;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.provenance.Sha256;

/**
 * Expands a sweep into its runs: every model × every data file × every parameter combination ×
 * every seed, in that order. Each model file is loaded once, with its own data, to check that every
 * varied parameter exists and every value lies within its bounds — so that a mistake stops the
 * sweep before any fit starts. A data file is only hashed here; a bad one fails its runs alone.
 */
public final class SweepPlan {

    private SweepPlan() {
    }

    /**
     * The runs of the sweep, each once: the same file listed twice is one run, but two listed files
     * with the same content are two runs (the second's id also names where the sweep lists it).
     *
     * @throws ModelFileException for an unknown parameter or a value outside its bounds (located in
     *                            the sweep file), or a mistake in a model file
     */
    public static List<RunSpec> expand(Sweep sweep) {
        List<SortedMap<String, Double>> combinations = combinations(sweep.axes(), sweep.zip());
        Map<Path, String> hashes = new HashMap<>();
        Map<String, RunSpec> runs = new LinkedHashMap<>();
        for (Path model : sweep.models()) {
            ModelDefinition definition = ModelFiles.load(model);
            checkAxes(sweep.axes(), definition, model);
            SampleOverrides.checkWalkers(sweep.settings(), definition.problem(), sweep.file(), model);
            if (!sweep.dataSets().isEmpty()) {
                DataSetRuns.add(sweep, model, definition, hash(model, hashes), combinations, seeds(sweep, definition),
                        hashes, runs);
                continue;
            }
            List<Path> replacing = new ArrayList<>(sweep.data());
            if (sweep.sequence() != null) {
                sweep.sequence().entries().forEach(e -> replacing.add(e.file()));
            }
            DataColumnsCheck.check(definition, replacing, model);
            if (sweep.sequence() != null) {
                checkStarts(sweep.sequence(), definition, model);
            }
            List<Long> seeds = seeds(sweep, definition);
            String modelHash = hash(model, hashes);
            if (sweep.sequence() != null) {
                for (SortedMap<String, Double> overrides : combinations) {
                    for (long seed : seeds) {
                        for (RunSpec r : chain(sweep, model, modelHash, overrides, seed, hashes)) {
                            runs.putIfAbsent(r.id(), r);
                        }
                    }
                }
                continue;
            }
            fileRuns(sweep, model, definition, modelHash, combinations, seeds, hashes, runs);
        }
        return List.copyOf(runs.values());
    }

    /**
     * The runs of one model over the sweep's plain {@code data:} list (each file replacing the model's first
     * data set) or, without one, over the model's own data.
     */
    private static void fileRuns(Sweep sweep, Path model, ModelDefinition definition, String modelHash,
                                 List<SortedMap<String, Double>> combinations, List<Long> seeds,
                                 Map<Path, String> hashes, Map<String, RunSpec> runs) {
        List<Path> data = sweep.data().isEmpty() ? Arrays.asList((Path) null) : sweep.data();
        for (Path file : data) {
            List<String> dataHashes = new ArrayList<>();
            if (file == null) {
                for (DataSource source : definition.dataSources()) {
                    dataHashes.add(hash(source.file(), hashes));
                }
            } else {
                dataHashes.add(hash(file, hashes));
            }
            DataChoice choice = new DataChoice(file == null ? null : file.toAbsolutePath().normalize(), Map.of(),
                    dataHashes, listed(sweep, file));
            addRuns(sweep, model, modelHash, choice, combinations, seeds, runs);
        }
    }

    /**
     * Adds one model's runs over one choice of its data files, one per combination and seed, each once. A run
     * whose files have the same contents as an earlier run's is a run of its own all the same (a row of the
     * summary, a point of a trend), its id also naming where the sweep lists its model and files.
     */
    static void addRuns(Sweep sweep, Path model, String modelHash, DataChoice choice,
                        List<SortedMap<String, Double>> combinations, List<Long> seeds, Map<String, RunSpec> runs) {
        Path modelFile = model.toAbsolutePath().normalize();
        for (SortedMap<String, Double> overrides : combinations) {
            for (long seed : seeds) {
                String id = RunIds.of(modelHash, choice.hashes(), overrides, seed, sweep.settings());
                RunSpec earlier = runs.get(id);
                if (earlier != null && !(earlier.model().equals(modelFile)
                        && Objects.equals(earlier.data(), choice.data()) && earlier.dataSets().equals(choice.dataSets()))) {
                    id = RunIds.of(modelHash, choice.hashes(), overrides, seed, sweep.settings(),
                            "same content, listed as " + listed(sweep, model) + " " + choice.listed() + "\n");
                }
                runs.putIfAbsent(id, new RunSpec(id, modelFile, choice.data(), overrides, seed, sweep.settings(),
                        null, null, false, SequenceAxis.UNKNOWN, choice.dataSets()));
            }
        }
    }

    /** The sweep's seeds; without seeds: the model's seed, or fit:'s when it names one. */
    private static List<Long> seeds(Sweep sweep, ModelDefinition definition) {
        return sweep.seeds().isEmpty()
                ? List.of(FitOverrides.apply(definition.settings(), sweep.settings()).de().seed()) : sweep.seeds();
    }

    /**
     * The runs of one sequence for one model, start values and seed, in sequence order. Chained
     * runs carry their predecessor's id in their own, so a run's id names the whole prefix it
     * continues: a resumed chain skips exactly its finished prefix.
     */
    private static List<RunSpec> chain(Sweep sweep, Path model, String modelHash, SortedMap<String, Double> overrides,
                                       long seed, Map<Path, String> hashes) {
        Sequence sequence = sweep.sequence();
        List<RunSpec> out = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < sequence.entries().size(); i++) {
            SequenceEntry e = sequence.entries().get(i);
            // An entry with a model of its own (other fit flags or bounds) fits that model in its place in the chain.
            Path entryModel = e.model() != null ? e.model() : model;
            String entryHash = e.model() != null ? hash(e.model(), hashes) : modelHash;
            SortedMap<String, Double> start = new TreeMap<>(overrides);
            e.start().forEach(v -> start.put(v.name(), v.value()));
            String startFrom = sequence.keepFromLast() ? previous : null;
            boolean adjust = startFrom != null && sequence.adjustBounds();
            String place = "sequence " + Double.toString(e.value()) + " position " + i
                    + (startFrom == null ? "" : " after " + startFrom + (adjust ? " adjustBounds" : "")) + "\n";
            // The file's start values are overrides like vary:'s, so they count in the id the same way.
            String id = RunIds.of(entryHash, List.of(hash(e.file(), hashes)), start, seed, sweep.settings(), place);
            out.add(new RunSpec(id, entryModel.toAbsolutePath().normalize(), e.file(), start, seed, sweep.settings(),
                    e.value(), startFrom, adjust, sequence.axis()));
            previous = id;
        }
        return out;
    }

    /** All combinations of the axes' values (one empty combination when nothing is varied). */
    static List<SortedMap<String, Double>> combinations(List<Axis> axes, boolean zip) {
        List<SortedMap<String, Double>> out = new ArrayList<>();
        if (zip) {
            int n = axes.isEmpty() ? 1 : axes.get(0).values().size();
            for (int i = 0; i < n; i++) {
                SortedMap<String, Double> c = new TreeMap<>();
                for (Axis a : axes) {
                    c.put(a.name(), a.values().get(i));
                }
                out.add(c);
            }
            return out;
        }
        out.add(new TreeMap<>());
        for (Axis a : axes) {
            List<SortedMap<String, Double>> next = new ArrayList<>();
            for (SortedMap<String, Double> partial : out) {
                for (double v : a.values()) {
                    SortedMap<String, Double> c = new TreeMap<>(partial);
                    c.put(a.name(), v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static void checkAxes(List<Axis> axes, ModelDefinition definition, Path model) {
        for (Axis a : axes) {
            Parameter p = parameter(a.name(), a.nameAt(), definition, model);
            for (int i = 0; i < a.values().size(); i++) {
                checkValue(p, a.values().get(i), a.valuesAt().get(i), definition, model);
            }
        }
    }

    /**
     * Each sequence file's {@code start:} values, checked as {@code vary:}'s are, against the entry's own
     * model when it names one.
     */
    private static void checkStarts(Sequence sequence, ModelDefinition definition, Path model) {
        Map<Path, ModelDefinition> own = new HashMap<>();
        for (SequenceEntry e : sequence.entries()) {
            Path entryModel = e.model() != null ? e.model() : model;
            ModelDefinition d = e.model() == null ? definition : own.computeIfAbsent(e.model(), ModelFiles::load);
            for (StartValue s : e.start()) {
                checkValue(parameter(s.name(), s.nameAt(), d, entryModel), s.value(), s.valueAt(), d, entryModel);
            }
        }
    }

    private static Parameter parameter(String name, Location nameAt, ModelDefinition definition, Path model) {
        int slot = definition.problem().slotOf(name);
        if (slot < 0) {
            throw new ModelFileException(nameAt, "unknown parameter '" + name + "' in model "
                    + model.getFileName() + "; expected one of " + String.join(", ",
                    definition.problem().parameters().stream().map(Parameter::name).toList()));
        }
        return definition.problem().parameters().get(slot);
    }

    /**
     * Refuses a start value the run would refuse, where the sweep writes it: outside the parameter's
     * bounds, or below its quantity's minimum (a negative thickness), checked by setting it as the run will.
     */
    private static void checkValue(Parameter p, double v, Location at, ModelDefinition definition, Path model) {
        if (v < p.min() || v > p.max()) {
            throw new ModelFileException(at, "value " + v + " of " + p.name() + " is outside its bounds ["
                    + p.min() + ", " + p.max() + "] in model " + model.getFileName());
        }
        try {
            definition.withParameterValue(p.name(), v);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(at, e.getMessage() + " in model " + model.getFileName());
        }
    }

    /** A file as the sweep lists it: relative to the sweep file's folder, so a moved sweep keeps its ids. */
    static String listed(Sweep sweep, Path file) {
        if (file == null) {
            return "-";
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = sweep.file() == null ? null : sweep.file().toAbsolutePath().normalize().getParent();
        return (base == null ? absolute : base.relativize(absolute)).toString().replace('\\', '/');
    }

    static String hash(Path file, Map<Path, String> cache) {
        return cache.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Sha256.of(f);
            } catch (IOException e) {
                // A data file that cannot be read fails its runs; its id still has to be stable.
                return "unreadable:" + f;
            }
        });
    }
}
