package org.evofit.looper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.Location;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;

/**
 * Reads a sweep file (YAML or JSON):
 *
 * <pre>{@code
 * models: [models/*.yaml]            # paths or globs, relative to the sweep file
 * data: [data/run-*.dat]             # optional: replaces each model's first data set's file
 * data:                              # or, for a joint model: each data set's files by its name,
 *   in D2O: [data/d2o-*.dat]         #   run k reading file k of every list
 *   in H2O: [data/h2o-*.dat]
 * vary:                              # optional: parameter start values
 *   g.center: [4.5, 5, 5.5]
 *   g.sigma: {from: 0.5, to: 1.5, steps: 3}
 * zip: false                         # true: value i of every axis together, not all combinations
 * seeds: 3                           # seeds 1..3, or a list [7, 11]; default: the model's own
 * fit: {generations: 200, population: 20}   # any optimizer: setting of a model file (OptimizerSettings)
 * sample: {walkers: 32, steps: 2000, burn: 500, thin: 1}   # optional: each run then samples its posterior
 * sequence: {files: [data/T*K.dat], valueFrom: {regex: "T(\\d+)K"}}   # instead of data: see SequenceReader
 * }</pre>
 *
 * Every mistake is a {@link org.evofit.wrapper.doc.ModelFileException} at its line and column.
 * Parameter names and bounds are checked later, against the models, by {@link SweepPlan}.
 */
public final class SweepFile {

    private static final Set<String> KEYS = Set.of("models", "data", "vary", "zip", "seeds", "fit", "sample",
            "sequence");
    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "steps");

    private SweepFile() {
    }

    /** Reads and checks the sweep file. */
    public static Sweep read(Path file) {
        MapNode root = DocumentReader.read(file).asMap().rejectUnknownKeys(KEYS);
        Path base = file.toAbsolutePath().getParent();
        List<Path> models = files(root.required("models"), base);
        Node dataNode = root.optional("data").orElse(null);
        List<DataSetFiles> dataSets = dataNode instanceof MapNode byName ? dataSets(byName, base) : List.of();
        List<Path> data = dataNode == null || dataNode instanceof MapNode ? List.of() : files(dataNode, base);
        List<Axis> axes = root.optionalMap("vary").map(SweepFile::axes).orElse(List.of());
        boolean zip = root.optionalBool("zip", false);
        if (zip && !axes.isEmpty()) {
            int n = axes.get(0).values().size();
            for (Axis a : axes) {
                if (a.values().size() != n) {
                    throw new org.evofit.wrapper.doc.ModelFileException(a.nameAt(), "with zip: true every"
                            + " parameter needs the same number of values; " + axes.get(0).name() + " has " + n
                            + " but " + a.name() + " has " + a.values().size());
                }
            }
        }
        List<Long> seeds = root.optional("seeds").map(SweepFile::seeds).orElse(List.of());
        SortedMap<String, String> settings = new TreeMap<>();
        root.optionalMap("fit").ifPresent(fit -> {
            fit.rejectUnknownKeys(FitOverrides.KEYS);
            for (MapEntry e : fit.entries()) {
                settings.put(e.key(), FitOverrides.canonical(fit, e.key()));
            }
            if (fit.has("seed") && root.has("seeds")) {
                // Two sources of one seed would leave the reader guessing which one a run used.
                throw new org.evofit.wrapper.doc.ModelFileException(fit.entry("seed").orElseThrow().keyLocation(),
                        "a sweep sets its seeds with seeds: or fit: seed, not both");
            }
        });
        root.optionalMap("sample").ifPresent(sample -> SampleOverrides.read(sample, settings));
        Sequence sequence = root.optionalMap("sequence").map(s -> SequenceReader.read(s, base)).orElse(null);
        if (sequence != null && dataNode != null) {
            // Both replace the model's data file; which one would win is not obvious, so neither does.
            throw new org.evofit.wrapper.doc.ModelFileException(root.entry("sequence").orElseThrow().keyLocation(), "a sweep takes data: or sequence:,"
                    + " not both; list the data files under sequence: files:");
        }
        if (sequence != null) {
            requireNotVaried(sequence, axes);
            requireOneModel(sequence, models);
        }
        return new Sweep(file, models, data, axes, zip, seeds, settings, sequence, dataSets);
    }

    /**
     * The per-data-set form: each data set's files, as listed (a file listed twice stays twice, so that
     * file k of every list still belong together), every list as long as the first.
     */
    private static List<DataSetFiles> dataSets(MapNode byName, Path base) {
        if (byName.entries().isEmpty()) {
            throw byName.error("expected each data set's name with its files, or a list of files");
        }
        List<DataSetFiles> out = new ArrayList<>();
        for (MapEntry e : byName.entries()) {
            List<Node> patterns = e.value() instanceof ListNode list ? list.items() : List.of(e.value());
            if (patterns.isEmpty()) {
                throw e.value().error("expected at least one file or glob for data set '" + e.key() + "'");
            }
            List<Path> files = new ArrayList<>();
            for (Node p : patterns) {
                files.addAll(Globs.expand(p.asScalar(), base));
            }
            DataSetFiles set = new DataSetFiles(e.key(), e.keyLocation(), files);
            if (!out.isEmpty() && files.size() != out.get(0).files().size()) {
                DataSetFiles first = out.get(0);
                throw new org.evofit.wrapper.doc.ModelFileException(e.keyLocation(), "data set '" + e.key() + "' has "
                        + files.size() + " files but '" + first.name() + "' has " + first.files().size()
                        + "; run k reads file k of every data set, so expected as many files for each");
            }
            out.add(set);
        }
        return out;
    }

    /**
     * A parameter that {@code vary:} varies cannot also take a file's {@code start:} value: one of the
     * two would silently lose, so the sweep file has to say which it means.
     */
    private static void requireNotVaried(Sequence sequence, List<Axis> axes) {
        for (SequenceEntry e : sequence.entries()) {
            for (StartValue s : e.start()) {
                for (Axis a : axes) {
                    if (a.name().equals(s.name())) {
                        throw new org.evofit.wrapper.doc.ModelFileException(s.nameAt(), "parameter " + s.name()
                                + " has a start value here and is varied by vary: (" + a.nameAt()
                                + "); expected one or the other");
                    }
                }
            }
        }
    }

    /** An entry's own model replaces the sweep's model in its place, which is one place only with one model. */
    private static void requireOneModel(Sequence sequence, List<Path> models) {
        for (SequenceEntry e : sequence.entries()) {
            if (e.model() != null && models.size() > 1) {
                throw new org.evofit.wrapper.doc.ModelFileException(e.modelAt(), "an entry's model: replaces the "
                        + "sweep's model for its runs, but models: lists " + models.size() + "; expected one model "
                        + "in models: with entries of their own models");
            }
        }
    }

    /** A single pattern or a list of them; files in order, each once. */
    private static List<Path> files(Node node, Path base) {
        List<Node> patterns = node instanceof ListNode list ? list.items() : List.of(node);
        if (patterns.isEmpty()) {
            throw node.error("expected at least one file or glob");
        }
        Set<Path> out = new LinkedHashSet<>();
        for (Node p : patterns) {
            out.addAll(Globs.expand(p.asScalar(), base));
        }
        return new ArrayList<>(out);
    }

    private static List<Axis> axes(MapNode vary) {
        List<Axis> out = new ArrayList<>();
        for (MapEntry e : vary.entries()) {
            List<Double> values = new ArrayList<>();
            List<Location> at = new ArrayList<>();
            if (e.value() instanceof MapNode range) {
                range.rejectUnknownKeys(RANGE_KEYS);
                double from = range.number("from");
                double to = range.number("to");
                int steps = range.integer("steps");
                if (steps < 1) {
                    throw range.required("steps").error("expected steps >= 1 but found " + steps);
                }
                for (int i = 0; i < steps; i++) {
                    // Endpoints exact: 'to' is written, not accumulated.
                    values.add(steps == 1 ? from : i == steps - 1 ? to : from + (to - from) * i / (steps - 1));
                    at.add(range.location());
                }
            } else if (e.value() instanceof ListNode list) {
                if (list.isEmpty()) {
                    throw list.error("expected at least one value for " + e.key());
                }
                for (Node item : list.items()) {
                    values.add(item.asScalar().asDouble());
                    at.add(item.location());
                }
            } else {
                throw e.value().error("expected a list of values or {from, to, steps} for " + e.key()
                        + " but found " + e.value().describe());
            }
            out.add(new Axis(e.key(), values, e.keyLocation(), at));
        }
        return out;
    }

    private static List<Long> seeds(Node node) {
        List<Long> out = new ArrayList<>();
        if (node instanceof ScalarNode count) {
            int n = count.asInt();
            if (n < 1) {
                throw count.error("expected a number of seeds >= 1 or a list of seeds but found " + n);
            }
            for (long s = 1; s <= n; s++) {
                out.add(s);
            }
            return out;
        }
        ListNode list = node.asList();
        if (list.isEmpty()) {
            throw list.error("expected at least one seed");
        }
        for (Node item : list.items()) {
            long seed = item.asScalar().asInt();
            if (out.contains(seed)) {
                throw item.error("seed " + seed + " is listed twice; expected each seed once");
            }
            out.add(seed);
        }
        return out;
    }
}
