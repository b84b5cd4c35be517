package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.modelfile.SweepSequenceWriter;

/**
 * Imports a GenX batch: the first entry's model as model.yaml, every entry's data as data files named after the
 * entry, and a sweep file whose {@code sequence:} fits each entry in order of their sequence values, which is
 * what GenX's batch dialog does with its list. A sweep's entry replaces the model's first data set; an entry that
 * cannot be model.yaml with other data and start values (another script, several data sets, other fit flags or
 * bounds) fits a model file of its own, translated from its own script and table.
 */
final class BatchImport {

    private BatchImport() {
    }

    /**
     * Checks the batch, translates every entry and writes everything, all or nothing.
     *
     * @throws GenxImportException when an entry holds no data set or does not translate, naming the entry;
     *                             nothing is written then
     */
    static ImportReport write(List<BatchEntry> batch, String shown, String source, Path outDir, boolean lenient) {
        batch.forEach(e -> requireData(e, shown));
        List<List<String>> files = fileNames(batch);
        List<GenxImporter.Translation> translations = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            translations.add(translate(batch.get(i), files.get(i), shown, source, lenient));
        }
        Map<String, String> dataFiles = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            List<GenxDataSet> sets = batch.get(i).project().dataSets();
            for (int k = 0; k < sets.size(); k++) {
                dataFiles.put(files.get(i).get(k), sets.get(k).fileText(source + " (batch entry "
                        + batch.get(i).group() + ")", translations.get(i).resolutionColumn(k)));
            }
        }
        List<EntryPlan> plans = plans(batch, files, translations, shown);
        for (EntryPlan p : plans) {
            if (p.model() != null) {
                dataFiles.put(p.model(), p.modelText());
            }
        }
        return GenxImporter.write(translations.get(0), dataFiles, sweep(batch, files, plans, source), shown, outDir);
    }

    /**
     * How an entry fits: the sweep's model from the entry's start values, or a model file of its own (its whole
     * script and table).
     *
     * @param start     the start values that differ from model.yaml's
     * @param model     the entry's own model file, or null
     * @param modelText that file's text, or null
     * @param why       what differs, for the sweep file's comment, or null
     */
    private record EntryPlan(Map<String, Double> start, String model, String modelText, String why) {
    }

    /** An entry's model, as if imported alone; a refusal names the entry. */
    private static GenxImporter.Translation translate(BatchEntry e, List<String> files, String shown, String source,
                                                     boolean lenient) {
        try {
            return GenxImporter.translate(e.project(), files, shown, source, lenient);
        } catch (GenxImportException ex) {
            throw new GenxImportException(shown, ex.line(), "batch entry " + e.group() + ": " + ex.detail());
        }
    }

    /**
     * Each entry's plan against the first entry's model: start values where only they differ, else the entry's
     * own model file.
     */
    private static List<EntryPlan> plans(List<BatchEntry> batch, List<List<String>> files,
                                         List<GenxImporter.Translation> translations, String shown) {
        BatchEntry first = batch.get(0);
        Map<String, Parameter> firstTable = table(translations.get(0));
        List<EntryPlan> out = new ArrayList<>();
        out.add(new EntryPlan(Map.of(), null, null, null));
        for (int i = 1; i < batch.size(); i++) {
            BatchEntry e = batch.get(i);
            GenxImporter.Translation t = translations.get(i);
            String why = ownModelReason(first, e);
            if (why == null) {
                why = EntryStartValues.fitDifference(firstTable, table(t));
            }
            if (why != null) {
                out.add(new EntryPlan(Map.of(), files.get(i).get(0).replaceFirst("\\.[^.]+$", "") + ".yaml", t.yaml(),
                        why));
            } else {
                out.add(new EntryPlan(EntryStartValues.of(firstTable, first.group(), table(t), e.group(), shown), null,
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

    /** Why an entry cannot be model.yaml with other data and start values, or null. */
    private static String ownModelReason(BatchEntry first, BatchEntry e) {
        List<String> reasons = new ArrayList<>();
        if (!normalised(e.project().script()).equals(normalised(first.project().script()))) {
            reasons.add("another script than entry " + first.group() + "'s");
        }
        int sets = e.project().dataSets().size();
        if (sets > 1) {
            reasons.add(sets + " data sets, where a sequence replaces the first only");
        }
        return reasons.isEmpty() ? null : String.join(" and ", reasons);
    }

    private static void requireData(BatchEntry e, String shown) {
        if (e.project().dataSets().isEmpty()) {
            throw new GenxImportException(shown, 0, "batch entry " + e.group() + " holds no data set; a sequence "
                    + "fits each entry's data, so every entry needs one (load its data in GenX)");
        }
    }

    /**
     * Each entry's data file names: the entry's name for its first data set, the entry's and the data set's
     * for the others, unique over the whole batch.
     */
    private static List<List<String>> fileNames(List<BatchEntry> batch) {
        List<GenxDataSet> named = new ArrayList<>();
        for (BatchEntry e : batch) {
            List<GenxDataSet> sets = e.project().dataSets();
            for (int k = 0; k < sets.size(); k++) {
                named.add(sets.get(k).named(k == 0 ? e.group() : e.group() + " " + sets.get(k).name()));
            }
        }
        List<String> all = GenxDataSet.fileNames(named);
        List<List<String>> out = new ArrayList<>();
        int at = 0;
        for (BatchEntry e : batch) {
            int n = e.project().dataSets().size();
            out.add(all.subList(at, at + n));
            at += n;
        }
        return out;
    }

    private static String normalised(String script) {
        return script.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The sweep file: model.yaml over every entry's data file with its sequence value and start values. */
    private static String sweep(List<BatchEntry> batch, List<List<String>> files, List<EntryPlan> plans,
                                String source) {
        List<SweepSequenceWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            EntryPlan p = plans.get(i);
            entries.add(new SweepSequenceWriter.Entry(files.get(i).get(0), batch.get(i).sequenceValue(), p.start(),
                    p.model(),
                    "entry " + batch.get(i).group() + (p.why() == null ? "" : "; " + p.why() + ", so its own model")));
        }
        return SweepSequenceWriter.text(List.of(
                "Imported from the GenX project " + source + " by evofit import-genx: its batch of " + batch.size()
                        + " entries.",
                "evofit loop sweep.yaml --out DIR fits model.yaml (the first entry's model) to every entry's",
                "data in order of the sequence values (the value column of GenX's batch dialog), each entry",
                "from its own parameter table: start: lists where it differs from model.yaml's; an entry that",
                "fits other parameters or within other bounds, has another script or several data sets fits a",
                "model file of its own (model:)."),
                GenxImporter.MODEL_FILE, entries, new SweepSequenceWriter.Chaining(false, List.of(
                        "GenX's \"Keep result values from last\": true starts each fit from the",
                        "previous result; false from each entry's own values"),
                        false, "GenX's \"Adjust boundaries around last values\" (with keepFromLast)"));
    }
}
