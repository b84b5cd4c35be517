package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.modelfile.SweepSequenceWriter;

/**
 * Imports a GenX batch: the first entry's model as model.yaml, every entry's data as a data file
 * named after the entry, and a sweep file whose {@code sequence:} fits model.yaml to each of them in
 * order of their sequence values, which is what GenX's batch dialog does with its list.
 */
final class BatchImport {

    private BatchImport() {
    }

    /**
     * Checks the batch, translates its first entry and writes everything, all or nothing.
     *
     * @throws GenxImportException when an entry has another script than the first, not exactly one
     *                             data set, or a table of other parameters; nothing is written then
     */
    static ImportReport write(List<BatchEntry> batch, String shown, String source, Path outDir, boolean lenient) {
        BatchEntry first = batch.get(0);
        for (BatchEntry e : batch) {
            requireOneDataSet(e, shown);
            if (!normalised(e.project().script()).equals(normalised(first.project().script()))) {
                // The sweep fits the first entry's model to every entry's data; another script would be dropped.
                throw new GenxImportException(shown, 0, "batch entry " + e.group() + " has another script than the "
                        + "first entry " + first.group() + "; evofit fits one model to every entry's data, so "
                        + "every entry must share the first entry's script");
            }
        }
        List<String> files = GenxDataSet.fileNames(batch.stream()
                .map(e -> renamed(e.project().dataSets().get(0), e.group())).toList());
        GenxImporter.Translation t = GenxImporter.translate(first.project(), List.of(files.get(0)), shown, source,
                lenient);
        Map<String, String> dataFiles = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            dataFiles.put(files.get(i), batch.get(i).project().dataSets().get(0).fileText(
                    source + " (batch entry " + batch.get(i).group() + ")", t.resolutionColumn(0)));
        }
        List<EntryPlan> plans = plans(batch, files, t, shown, source, lenient);
        for (EntryPlan p : plans) {
            if (p.model() != null) {
                dataFiles.put(p.model(), p.modelText());
            }
        }
        return GenxImporter.write(t, dataFiles, sweep(batch, files, plans, source), shown, outDir);
    }

    /**
     * How an entry fits: the sweep's model from the entry's start values, or a model file of its own
     * (its whole table) when it fits other parameters or within other bounds than the first entry.
     *
     * @param start     the start values that differ from model.yaml's
     * @param model     the entry's own model file, or null
     * @param modelText that file's text, or null
     * @param why       what differs, for the sweep file's comment, or null
     */
    private record EntryPlan(Map<String, Double> start, String model, String modelText, String why) {
    }

    /**
     * Each entry's plan: its own parameter table, translated into a model as the first entry's is,
     * against the first entry's (start values only for the first entry itself, none).
     */
    private static List<EntryPlan> plans(List<BatchEntry> batch, List<String> files, GenxImporter.Translation first,
                                         String shown, String source, boolean lenient) {
        String firstGroup = batch.get(0).group();
        Map<String, Parameter> firstTable = table(first);
        List<EntryPlan> out = new ArrayList<>();
        out.add(new EntryPlan(Map.of(), null, null, null));
        for (int i = 1; i < batch.size(); i++) {
            BatchEntry e = batch.get(i);
            GenxImporter.Translation t;
            try {
                t = GenxImporter.translate(e.project(), List.of(files.get(i)), shown, source, lenient);
            } catch (GenxImportException ex) {
                throw new GenxImportException(shown, 0, "batch entry " + e.group() + ": " + ex.detail());
            }
            String why = EntryStartValues.fitDifference(firstTable, table(t));
            if (why != null) {
                // A sequence fits one table's flags and bounds; this entry's differ, so it fits its own model file.
                out.add(new EntryPlan(Map.of(), files.get(i).replaceFirst("\\.dat$", "") + ".yaml", t.yaml(), why));
            } else {
                out.add(new EntryPlan(EntryStartValues.of(firstTable, firstGroup, table(t), e.group(), shown), null,
                        null, null));
            }
        }
        return out;
    }

    /** The translated entry's parameters by name, as its model holds them. */
    private static Map<String, Parameter> table(GenxImporter.Translation t) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        t.model().problem().parameters().forEach(p -> out.put(p.name(), p));
        return out;
    }

    private static void requireOneDataSet(BatchEntry e, String shown) {
        int n = e.project().dataSets().size();
        if (n != 1) {
            throw new GenxImportException(shown, 0, "batch entry " + e.group() + " holds " + n + " data sets; a "
                    + "sequence in evofit replaces a model's first data set only, so evofit imports batches of "
                    + "one data set per entry");
        }
    }

    private static GenxDataSet renamed(GenxDataSet d, String name) {
        return new GenxDataSet(name, d.x(), d.y(), d.error(), d.useError(), d.extra(), d.raw());
    }

    private static String normalised(String script) {
        return script.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The sweep file: model.yaml over every entry's data file with its sequence value and start values. */
    private static String sweep(List<BatchEntry> batch, List<String> files, List<EntryPlan> plans, String source) {
        List<SweepSequenceWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            EntryPlan p = plans.get(i);
            entries.add(new SweepSequenceWriter.Entry(files.get(i), batch.get(i).sequenceValue(), p.start(), p.model(),
                    "entry " + batch.get(i).group() + (p.why() == null ? "" : "; " + p.why() + ", so its own model")));
        }
        return SweepSequenceWriter.text(List.of(
                "Imported from the GenX project " + source + " by evofit import-genx: its batch of " + batch.size()
                        + " entries.",
                "evofit loop sweep.yaml --out DIR fits model.yaml (the first entry's model) to every entry's",
                "data in order of the sequence values (the value column of GenX's batch dialog), each entry",
                "from its own parameter table: start: lists where it differs from model.yaml's; an entry that",
                "fits other parameters or within other bounds fits a model file of its own (model:)."),
                GenxImporter.MODEL_FILE, entries, new SweepSequenceWriter.Chaining(false, List.of(
                        "GenX's \"Keep result values from last\": true starts each fit from the",
                        "previous result; false from each entry's own values"),
                        false, "GenX's \"Adjust boundaries around last values\" (with keepFromLast)"));
    }
}
