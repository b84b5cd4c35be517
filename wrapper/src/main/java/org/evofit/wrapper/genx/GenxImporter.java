package org.evofit.wrapper.genx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evofit.core.input.InputFileException;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * Imports a GenX project ({@code .hgx}) as an evofit model: {@code model.yaml} plus one {@code .dat}
 * per data set, written all or nothing.
 *
 * <pre>{@code
 * ImportReport r = GenxImporter.importFile(Path.of("X-ray_Reflectivity.hgx"), Path.of("out"), false);
 * ModelDefinition model = ModelFiles.load(r.model());
 * }</pre>
 */
public final class GenxImporter {

    /** The model file's name inside the output directory. */
    public static final String MODEL_FILE = "model.yaml";

    private GenxImporter() {
    }

    /**
     * Imports a project.
     *
     * @param hgx     the GenX project file
     * @param outDir  the directory to write into (created when missing)
     * @param lenient when true, script lines without an evofit equivalent become comments in model.yaml
     *                instead of failing the import
     * @return what was written, and (lenient) what was not translated
     * @throws GenxImportException when the file cannot be imported; nothing is written then
     */
    public static ImportReport importFile(Path hgx, Path outDir, boolean lenient) {
        return importProject(HgxReader.read(hgx), hgx.toString(), hgx.getFileName().toString(), outDir, lenient);
    }

    /** Imports a project already read; {@code shown} names it in messages, {@code source} in model.yaml. */
    static ImportReport importProject(GenxProject project, String shown, String source, Path outDir,
                                      boolean lenient) {
        ModelDraft m = ScriptTranslator.translate(project.script(), shown);
        if (m.modelModule == null) {
            CurveDraft curve = PeakScriptTranslator.translate(project.script());
            if (curve.followsPattern()) {
                return importCurve(curve, project, shown, source, outDir, lenient);
            }
            throw new GenxImportException(shown, 0, "the script does not import GenX's reflectivity model "
                    + "(import models.spec_nx as model), so it is not a Reflectivity-plugin model, nor a peak fit "
                    + "whose Sim returns a sum of peak-class instances; evofit imports only those. Not translated:\n"
                    + list(m.untranslated));
        }
        ParameterTable.apply(project.parameters(), m);
        requireComplete(m, project, shown);
        requireTranslated(m.untranslated, shown, lenient);
        SolverSettings solver = SolverSettings.of(project.config(), shown);
        List<String> names = DataFileText.names(project.dataSets());
        return write(ModelYaml.write(m, project.dataSets(), names, solver, source), project, names, shown, source,
                outDir, m.untranslated);
    }

    /** The peak-fitting path: a curve model of the components Sim adds up. */
    private static ImportReport importCurve(CurveDraft curve, GenxProject project, String shown, String source,
                                            Path outDir, boolean lenient) {
        if (project.dataSets().size() != 1) {
            throw new GenxImportException(shown, 0, "the script's Sim simulates 1 data set (data[0]) but the project "
                    + "holds " + project.dataSets().size());
        }
        CurveParameterTable.apply(project.parameters(), curve);
        requireTranslated(curve.untranslated, shown, lenient);
        SolverSettings solver = SolverSettings.of(project.config(), shown);
        List<String> names = DataFileText.names(project.dataSets());
        return write(CurveYaml.write(curve, project.dataSets(), names, solver, source), project, names, shown, source,
                outDir, curve.untranslated);
    }

    private static void requireTranslated(List<ScriptLine> untranslated, String shown, boolean lenient) {
        if (!untranslated.isEmpty() && !lenient) {
            ScriptLine first = untranslated.get(0);
            throw new GenxImportException(shown, first.line(), untranslated.size()
                    + " part(s) of the model have no evofit equivalent (use --lenient to import the rest and "
                    + "keep them as comments):\n" + list(untranslated));
        }
    }

    /** Writes model.yaml and the data files, all or nothing, once the model loads. */
    private static ImportReport write(String yaml, GenxProject project, List<String> names, String shown,
                                      String source, Path outDir, List<ScriptLine> untranslated) {
        AtomicFiles files = new AtomicFiles();
        List<Path> dataFiles = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Path p = outDir.resolve(names.get(i));
            dataFiles.add(p);
            files.text(p, DataFileText.of(project.dataSets().get(i), source));
        }
        Path model = outDir.resolve(MODEL_FILE);
        files.text(model, yaml);
        verify(yaml, project, names, shown, source);
        files.commit();
        return new ImportReport(model, dataFiles, untranslated);
    }

    private static void requireComplete(ModelDraft m, GenxProject project, String shown) {
        if (m.instrumentName == null) {
            throw new GenxImportException(shown, 0, "the script declares no model.Instrument");
        }
        if (m.sampleName == null) {
            throw new GenxImportException(shown, 0, "the script declares no model.Sample");
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
     * Loads the result from a scratch directory before anything is written, so that a translation the
     * model-file reader would refuse never reaches the output directory.
     */
    private static void verify(String yaml, GenxProject project, List<String> names, String shown, String source) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("evofit-import-genx");
            for (int i = 0; i < names.size(); i++) {
                Files.writeString(dir.resolve(names.get(i)), DataFileText.of(project.dataSets().get(i), source));
            }
            Files.writeString(dir.resolve(MODEL_FILE), yaml);
            ModelFiles.load(dir.resolve(MODEL_FILE));
        } catch (InputFileException e) {
            throw new GenxImportException(shown, 0, "the translated model does not load: " + e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch directory left behind in the temp folder harms nothing.
        }
    }
}
