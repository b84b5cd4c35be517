package org.evofit.wrapper.genx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evofit.core.input.InputFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.io.Staging;
import org.evofit.wrapper.modelfile.ModelFileWriter;
import org.evofit.wrapper.modelfile.ModelNotes;

/**
 * Imports a GenX project ({@code .hgx}, or GenX 2's {@code .gx}) as an evofit model: {@code model.yaml} plus one {@code .dat}
 * per data set (and, for a GenX batch, {@code sweep.yaml}), written all or nothing.
 *
 * <pre>{@code
 * ImportReport r = GenxImporter.importFile(Path.of("X-ray_Reflectivity.hgx"), Path.of("out"), false);
 * ModelDefinition model = ModelFiles.load(r.model());
 * }</pre>
 */
public final class GenxImporter {

    /** The model file's name inside the output directory. */
    public static final String MODEL_FILE = "model.yaml";
    /** The sweep file's name inside the output directory, written for a GenX batch. */
    public static final String SWEEP_FILE = "sweep.yaml";

    /**
     * The directory model.yaml and its data files are placed in while translating: the model file names
     * its data files relative to itself, so only their names matter.
     */
    static final Path DIR = Path.of("").toAbsolutePath();

    /** Where a translated model is loaded once before anything is written, in a staging folder per process. */
    static final Path SCRATCH_ROOT = Path.of(System.getProperty("java.io.tmpdir"), "evofit-import-genx");

    private GenxImporter() {
    }

    /**
     * Imports a project. A file holding a GenX batch (entries beside {@code current}) becomes the
     * first entry's model, one data file per entry and {@value #SWEEP_FILE}, a sweep whose
     * {@code sequence:} lists every entry's data file with its sequence value.
     *
     * @param hgx     the GenX project file
     * @param outDir  the directory to write into (created when missing)
     * @param lenient when true, script lines without an evofit equivalent become comments in model.yaml
     *                instead of failing the import
     * @return what was written, and (lenient) what was not translated
     * @throws GenxImportException when the file cannot be imported; nothing is written then
     */
    public static ImportReport importFile(Path hgx, Path outDir, boolean lenient) {
        if (java.nio.file.Files.exists(outDir) && !java.nio.file.Files.isDirectory(outDir)) {
            throw new GenxImportException(outDir.toString(), 0,
                    "expected a directory to import into but found a file of that name");
        }
        GenxFile file = GxReader.isGx(hgx) ? new GenxFile(GxReader.read(hgx), List.of()) : HgxReader.readWithBatch(hgx);
        String shown = hgx.toString();
        String source = hgx.getFileName().toString();
        FiniteData.require(file, shown);
        DataSetNames.require(file, shown);
        if (!file.batch().isEmpty()) {
            return BatchImport.write(file.batch(), shown, source, outDir, lenient);
        }
        return importProject(file.current(), shown, source, outDir, lenient);
    }

    /** Imports a project already read; {@code shown} names it in messages, {@code source} in model.yaml. */
    static ImportReport importProject(GenxProject project, String shown, String source, Path outDir,
                                      boolean lenient) {
        List<String> names = GenxDataSet.fileNames(project.dataSets());
        Translation t = translate(project, names, shown, source, lenient);
        Map<String, String> dataFiles = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            dataFiles.put(names.get(i), project.dataSets().get(i).fileText(source, t.resolutionColumn(i)));
        }
        return write(t, dataFiles, null, shown, outDir);
    }

    /**
     * The text of model.yaml and the lines left out.
     *
     * @param dataFiles each data set's file name, relative to model.yaml
     */
    static Translation translate(GenxProject project, List<String> dataFiles, String shown, String source,
                                 boolean lenient) {
        ModelDraft m = ScriptTranslator.translate(project.script(), shown);
        if (m.modelModule == null) {
            CurveDraft curve = PeakScriptTranslator.translate(project.script());
            if (curve.followsPattern()) {
                return translateCurve(curve, project, dataFiles, shown, source, lenient);
            }
            throw new GenxImportException(shown, 0, "the script does not import GenX's reflectivity model "
                    + "(import models.spec_nx as model), so it is not a Reflectivity-plugin model, nor a peak fit "
                    + "whose Sim returns a sum of peak-class instances; evofit imports only those. Not translated:\n"
                    + list(m.untranslated));
        }
        ParameterTable.apply(project.parameters(), m);
        // An untranslated line is the cause of a missing instrument or sample, so it is named first.
        requireTranslated(m.untranslated, shown, lenient);
        requireComplete(m, project, shown);
        ResolutionColumn.requirePresent(m, project.dataSets(), shown);
        SolverSettings solver = SolverSettings.of(project.config(), shown);
        ModelDefinition model = built(shown, () -> ReflectivityImport.model(m, project.dataSets(), dataFiles, DIR,
                solver, shown));
        List<String> resolution = new ArrayList<>();
        for (int i = 0; i < project.dataSets().size(); i++) {
            resolution.add(ResolutionColumn.of(m, i));
        }
        return new Translation(text(model, ReflectivityImport.notes(m, project.dataSets(), solver, source)), model,
                m.untranslated, resolution);
    }

    /**
     * A translated model file.
     *
     * @param yaml         the text of model.yaml
     * @param model        the model the builders made, which the text reads back as
     * @param untranslated the script lines kept as comments (lenient imports only)
     * @param resolution   per data set, the extra column its file carries fourth as the resolution, or null
     */
    record Translation(String yaml, ModelDefinition model, List<ScriptLine> untranslated, List<String> resolution) {

        /** A translation whose data files carry x, y and error only. */
        Translation(String yaml, ModelDefinition model, List<ScriptLine> untranslated) {
            this(yaml, model, untranslated, List.of());
        }

        /** The extra column data set {@code i}'s file carries as its resolution, or null. */
        String resolutionColumn(int i) {
            return i < resolution.size() ? resolution.get(i) : null;
        }
    }

    /** The peak-fitting path: a curve model of the components Sim adds up. */
    private static Translation translateCurve(CurveDraft curve, GenxProject project, List<String> dataFiles,
                                              String shown, String source, boolean lenient) {
        if (project.dataSets().size() != 1) {
            throw new GenxImportException(shown, 0, "the script's Sim simulates 1 data set (data[0]) but the project "
                    + "holds " + project.dataSets().size());
        }
        CurveParameterTable.apply(project.parameters(), curve);
        requireTranslated(curve.untranslated, shown, lenient);
        SolverSettings solver = SolverSettings.of(project.config(), shown);
        ModelDefinition model = built(shown, () -> CurveImport.model(curve, project.dataSets(), dataFiles, DIR, solver,
                shown));
        return new Translation(text(model, CurveImport.notes(curve, project.dataSets(), solver, source)), model,
                curve.untranslated);
    }

    /** The model a builder makes; a model it refuses is a translation evofit cannot load. */
    static ModelDefinition built(String shown, Supplier<ModelDefinition> build) {
        try {
            return build.get();
        } catch (GenxImportException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new GenxImportException(shown, 0, "the translated model does not load: " + e.getMessage());
        }
    }

    /** The text of model.yaml, written by the model-file writer. */
    static String text(ModelDefinition model, ModelNotes notes) {
        return ModelFileWriter.text(model, DIR.resolve(MODEL_FILE), notes);
    }

    private static void requireTranslated(List<ScriptLine> untranslated, String shown, boolean lenient) {
        if (!untranslated.isEmpty() && !lenient) {
            ScriptLine first = untranslated.get(0);
            throw new GenxImportException(shown, first.line(), untranslated.size()
                    + " part(s) of the model have no evofit equivalent (use --lenient to import the rest and "
                    + "keep them as comments):\n" + list(untranslated));
        }
    }

    /**
     * Writes model.yaml, the data files and (batches) the sweep file, all or nothing, once the model
     * loads, with the list of them ({@link ImportManifest}); the files of an earlier import into the same
     * folder that this one does not write again go (its sweep file too, for imports older than the list).
     *
     * @param dataFiles file name (relative to {@code outDir}) to text, in the order to report them
     * @param sweep     the sweep file's text, or null
     */
    static ImportReport write(Translation t, Map<String, String> dataFiles, String sweep, String shown,
                              Path outDir) {
        // An earlier import's sweep.yaml would fit its own entries' data with this import's model, and its
        // data files would lie beside this import's as if they belonged to it.
        AtomicFiles files = new AtomicFiles().replacing(outDir,
                ImportManifest.earlierFiles(outDir).or(name -> name.equals(SWEEP_FILE)));
        List<Path> written = new ArrayList<>();
        dataFiles.forEach((name, text) -> {
            Path p = outDir.resolve(name);
            written.add(p);
            files.text(p, text);
        });
        Path model = outDir.resolve(MODEL_FILE);
        files.text(model, t.yaml());
        Path sweepFile = sweep == null ? null : outDir.resolve(SWEEP_FILE);
        if (sweep != null) {
            files.text(sweepFile, sweep);
        }
        List<Path> all = new ArrayList<>(written);
        all.add(model);
        if (sweepFile != null) {
            all.add(sweepFile);
        }
        files.text(outDir.resolve(ImportManifest.NAME), ImportManifest.text(all));
        verify(t.yaml(), dataFiles, shown);
        files.commit();
        return new ImportReport(model, written, t.untranslated(), sweepFile);
    }

    private static void requireComplete(ModelDraft m, GenxProject project, String shown) {
        String skipped = m.untranslated.isEmpty() ? "" : "; of the lines left out:\n" + list(m.untranslated);
        if (m.instrumentName == null) {
            throw new GenxImportException(shown, 0, "the script declares no model.Instrument evofit translates"
                    + skipped);
        }
        if (m.sampleName == null) {
            throw new GenxImportException(shown, 0, "the script declares no model.Sample evofit translates" + skipped);
        }
        if (m.simulated != project.dataSets().size()) {
            throw new GenxImportException(shown, 0, "the script's Sim simulates " + m.simulated
                    + " data set(s) with SimSpecular but the project holds " + project.dataSets().size());
        }
    }

    private static String list(List<ScriptLine> lines) {
        return lines.stream().map(l -> "  " + l.describe()).collect(Collectors.joining("\n"));
    }

    /**
     * Loads the translated model from a scratch directory before anything is written, as the model-file
     * reader will load it once written, so that a translation the reader would refuse never reaches the
     * output directory.
     *
     * @param dataFiles file name (relative to model.yaml) to text, every file the model reads
     * @throws GenxImportException when the model does not load
     */
    private static void verify(String yaml, Map<String, String> dataFiles, String shown) {
        // Staged per process, so that what a killed import leaves is removed by the next one.
        try (Staging.Claim staging = Staging.own(SCRATCH_ROOT)) {
            Path dir = Files.createTempDirectory(staging.folder(), "verify-");
            try {
                for (Map.Entry<String, String> f : dataFiles.entrySet()) {
                    Files.writeString(dir.resolve(f.getKey()), f.getValue());
                }
                Files.writeString(dir.resolve(MODEL_FILE), yaml);
                ModelFiles.load(dir.resolve(MODEL_FILE));
            } finally {
                deleteQuietly(dir);
            }
        } catch (InputFileException e) {
            throw new GenxImportException(shown, 0, "the translated model does not load: " + e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch directory left behind is removed by the next import (Staging).
        }
    }
}
