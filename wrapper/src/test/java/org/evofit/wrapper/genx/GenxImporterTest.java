package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.core.de.DeSettings;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenxImporterTest {

    @TempDir
    Path dir;

    static Path resource(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = GenxImporterTest.class.getResourceAsStream("/genx/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** The resource {@code name} imported into {@code dir}/out, every script line and table row translated. */
    static ImportReport importedWhole(Path dir, String name) throws IOException {
        ImportReport report = GenxImporter.importFile(resource(dir, name), dir.resolve("out"), false);
        assertThat(report.untranslated()).isEmpty();
        return report;
    }

    @Test
    void xrayExampleSimulatesToGenxsOwnCurve() throws IOException {
        Path hgx = resource(dir, "X-ray_Reflectivity.hgx");
        ImportReport report = GenxImporter.importFile(hgx, dir.resolve("out"), false);

        assertThat(report.untranslated()).isEmpty();
        assertThat(report.dataFiles()).extracting(p -> p.getFileName().toString()).containsExactly("XRR Specular.dat");
        ModelDefinition model = ModelFiles.load(report.model());
        double[] sim = model.problem().simulate(model.problem().startValues())[0];
        double[] ySim;
        try (HdfFile f = new HdfFile(hgx)) {
            ySim = (double[]) f.getDatasetByPath("current/data/datasets/0/y_sim").getData();
        }
        assertThat(sim).hasSize(ySim.length);
        double worst = 0;
        for (int i = 0; i < sim.length; i++) {
            worst = Math.max(worst, Math.abs(sim[i] / ySim[i] - 1));
        }
        System.out.println("import-genx: largest relative deviation from GenX's y_sim = " + worst);
        assertThat(worst).isLessThan(1e-6);
    }

    @Test
    void xrayExampleCarriesGenxsSolverSettingsAndParameterTable() throws IOException {
        ImportReport report = GenxImporter.importFile(resource(dir, "X-ray_Reflectivity.hgx"), dir, false);
        ModelDefinition model = ModelFiles.load(report.model());
        DeSettings de = model.settings().de();
        assertThat(de.km()).isEqualTo(0.6);
        assertThat(de.kr()).isEqualTo(0.6);
        assertThat(de.population()).isEqualTo(50);
        assertThat(de.strategy().toString()).containsIgnoringCase("best_1_bin");
        // evofit's screened restarts, trailing ones dropped at generation 100.
        assertThat(List.of(de.restarts(), de.restartGenerations(), de.screenDrop())).containsExactly(16, 200, 100);
        String yaml = Files.readString(report.model());
        assertThat(yaml).contains("fom: log")
                .contains("I0: {value: 3, min: 1.5, max: 3}")
                .contains("dens: {value: \"4/3.92^3\", min: 0.049803865736215355, max: 0.08300644289369226}")
                .contains("material: \"Mg + O\"").contains("    f_re: 1e-20\n    f_im: 1e-20\n")
                .contains("\"Pt.d = Lambda - Fe.d\"")
                .contains("    - name: ML\n      layers: [Fe, Pt]\n      repetitions: 19\n")
                .contains("Lambda: {value: 29, min: 27, max: 31}");
        assertThat(model.problem().freeCount()).isEqualTo(14);
        // The data file holds GenX's numbers exactly: x, y and error.
        try (Stream<String> lines = Files.lines(report.dataFiles().get(0))) {
            assertThat(lines.filter(l -> !l.startsWith("#")).count()).isEqualTo(350);
        }
    }

    /**
     * XRR_nan_made.hgx (make_nan.py): the X-ray example with y = NaN at point 3. The import is refused naming the
     * data set and the point, and writes nothing: no data file holding NaN as a measured value.
     */
    @Test
    void aNonFiniteMeasuredValueIsRefusedNamingTheDataSetAndPointAndNothingIsWritten() throws IOException {
        Path hgx = resource(dir, "XRR_nan_made.hgx");
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> GenxImporter.importFile(hgx, out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("XRR_nan_made.hgx: data set 'XRR Specular': point 3 (x = ")
                .hasMessageContaining("has y = NaN; evofit fits finite data only")
                .hasMessageContaining("remove the point in GenX");
        assertThat(out).doesNotExist();
    }

    @Test
    void notHdf5IsRefusedAndNothingIsWritten() throws IOException {
        Path bogus = dir.resolve("bogus.hgx");
        Files.writeString(bogus, "this is not HDF5\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> GenxImporter.importFile(bogus, out, false))
                .isInstanceOf(GenxImportException.class).hasMessageContaining("bogus.hgx").hasMessageContaining("not an HDF5");
        assertThat(out).doesNotExist();
    }

    @Test
    void peakfitImportsAsTheCurveOfTheHandWrittenPeaksExample() throws IOException {
        ImportReport report = GenxImporter.importFile(resource(dir, "Peakfit_Gauss.hgx"), dir.resolve("out"), false);

        assertThat(report.untranslated()).isEmpty();
        String yaml = Files.readString(report.model());
        assertThat(yaml).contains("kind: curve").contains("kind: gaussian").contains("kind: constant")
                .contains("height: {value: 2000, min: 1000, max: 2500}")
                .contains("center: {value: 49.8, min: 49.5, max: 50.5}")
                .contains("value: {value: 100, min: 75, max: 125}").contains("fom: chi2bars");
        ModelDefinition imported = ModelFiles.load(report.model());
        ModelDefinition example = ModelFiles.load(Path.of("../examples/peaks/model.yaml"));
        assertThat(imported.problem().freeNames()).containsExactlyInAnyOrderElementsOf(example.problem().freeNames());
        assertThat(imported.problem().freeNames()).contains("g1.height", "g4.center", "g3.sigma", "bkg.value");
        double[] a = imported.problem().simulate(imported.problem().startValues())[0];
        double[] b = example.problem().simulate(example.problem().startValues())[0];
        assertThat(a).hasSize(121).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(Math.abs(a[i] / b[i] - 1)).as("x[%d]", i).isLessThanOrEqualTo(1e-12);
        }
        // x, y and error = sqrt(y) as GenX stored them, the error column used.
        assertThat(imported.problem().dataSets().get(0).error()[0]).isEqualTo(Math.sqrt(91));
    }

    @Test
    void peakScriptThatChangesTheSumIsRefusedListingTheLine() throws IOException {
        GenxProject p = HgxReader.read(resource(dir, "Peakfit_Gauss.hgx"));
        String script = p.script().replace("    time.sleep(0.01)", "    I = I*2");
        assertThat(script).isNotEqualTo(p.script());
        GenxProject changed = new GenxProject(script, p.parameters(), p.dataSets(), p.config());
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> GenxImporter.importProject(changed, "p.hgx", "p.hgx", out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("line 37: I = I*2");
        assertThat(out).doesNotExist();
        ImportReport lenient = GenxImporter.importProject(changed, "p.hgx", "p.hgx", out, true);
        assertThat(lenient.untranslated()).extracting(ScriptLine::line).containsExactly(37);
        assertThat(Files.readString(lenient.model())).contains("#   line 37: I = I*2");
    }

    @Test
    void peakScriptWithoutTheSumPatternKeepsTheUnsupportedMessage() throws IOException {
        GenxProject p = HgxReader.read(resource(dir, "Peakfit_Gauss.hgx"));
        String script = p.script().replace("return self.A*exp(", "return self.A*sin(");
        GenxProject changed = new GenxProject(script, p.parameters(), p.dataSets(), p.config());
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> GenxImporter.importProject(changed, "p.hgx", "p.hgx", out, true))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("models.spec_nx")
                .hasMessageContaining("line 13: class Gauss(ModelParamBase):")
                .hasMessageContaining("line 26: g1 = Gauss(A = 2000, xc = 49.8, sigma = 0.2)");
        assertThat(out).doesNotExist();
    }

    /** Issue 13, defect 13: a Python syntax error was reported as "the script declares no model.Sample". */
    @Test
    void aPythonSyntaxErrorIsReportedAtItsScriptLine() throws IOException {
        String script = HgxReader.readWithBatch(resource(dir, "X-ray_Reflectivity.hgx")).current().script();
        java.util.List<String> lines = new java.util.ArrayList<>(script.lines().toList());
        int sample = 0;
        while (!lines.get(sample).contains("model.Sample(")) {
            sample++;
        }
        String line = lines.get(sample);
        lines.set(sample, line.substring(0, line.lastIndexOf(')')));
        String broken = String.join("\n", lines);

        assertThatThrownBy(() -> ScriptTranslator.translate(broken, "x.hgx")).isInstanceOf(GenxImportException.class)
                .hasMessage("x.hgx: script line " + (sample + 1) + ": the script is not valid Python: '(' is never closed");
        lines.set(sample, line + ")");
        String extra = String.join("\n", lines);
        assertThatThrownBy(() -> ScriptTranslator.translate(extra, "x.hgx"))
                .hasMessage("x.hgx: script line " + (sample + 1) + ": the script is not valid Python: ')' closes no '('");
    }

    @Test
    void anotherModelModuleIsNamed() {
        assertThatThrownBy(() -> ScriptTranslator.translate("import models.interdiff as model\n", "x.hgx"))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("x.hgx").hasMessageContaining("script line 1").hasMessageContaining("interdiff");
    }

    /** The X-ray project with one script line replaced by something evofit cannot express. */
    private GenxProject withUntranslatableLine() throws IOException {
        GenxProject p = HgxReader.read(resource(dir, "X-ray_Reflectivity.hgx"));
        String script = p.script().replace("    TopFe.setSigma(Fe.sigma)", "    TopFe.setSigma(max(Fe.sigma, 3))");
        assertThat(script).isNotEqualTo(p.script());
        return new GenxProject(script, p.parameters(), p.dataSets(), p.config());
    }

    @Test
    void untranslatableLineFailsNamingItsLineAndWritesNothing() throws IOException {
        GenxProject p = withUntranslatableLine();
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> GenxImporter.importProject(p, "x.hgx", "x.hgx", out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageStartingWith("x.hgx: script line 40: ")
                .hasMessageContaining("TopFe.setSigma(max(Fe.sigma, 3))")
                .hasMessageContaining("--lenient");
        assertThat(out).doesNotExist();
    }

    @Test
    void lenientImportKeepsTheLineAsACommentAndTheRestLoads() throws IOException {
        ImportReport r = GenxImporter.importProject(withUntranslatableLine(), "x.hgx", "x.hgx", dir, true);
        assertThat(r.untranslated()).extracting(ScriptLine::line).containsExactly(40);
        String yaml = Files.readString(r.model());
        assertThat(yaml).contains("#   line 40: TopFe.setSigma(max(Fe.sigma, 3))").doesNotContain("TopFe.sigma = ");
        assertThat(ModelFiles.load(r.model()).problem().dataSets()).hasSize(1);
    }

    @Test
    void materialsAndComplexLiteralsTranslate() {
        assertThat(LayerResolver.material("fp.Mg + fp.O", "fp")).isEqualTo("Mg + O");
        assertThat(LayerResolver.material("fp.Fe*1", "fp")).isEqualTo("Fe");
        assertThat(LayerResolver.material("2*fp.O + fp.Si", "fp")).isEqualTo("2*O + Si");
        assertThat(LayerResolver.material("fp.Fe*fp.O", "fp")).isNull();
        assertThat(LayerResolver.complex("(1e-20+1e-20j)")).containsExactly(1e-20, 1e-20);
        assertThat(LayerResolver.complex("0")).containsExactly(0, 0);
        assertThat(LayerResolver.complex("(2-3.5j)")).containsExactly(2, -3.5);
        assertThat(PyExpr.constant("2/2.866**3").text()).isEqualTo("2/2.866^3");
        assertThat(PyExpr.expression("cp.Lambda - Fe.d", "cp")).isEqualTo("Lambda - Fe.d");
    }
}
