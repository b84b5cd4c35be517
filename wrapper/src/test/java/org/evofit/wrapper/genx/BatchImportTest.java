package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evofit.core.data.DataSet;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenX batch (XRR_batch_made.hgx, made by make_batch.py: GenX's X-ray example as three entries
 * with sequence values 10, 25, 40, their curves scaled by 1, 0.9, 1.1 and some start values of their
 * own) imports as the first entry's model, one data file per entry and a sweep file listing them with
 * their values and the start values where their tables differ from the first's.
 */
class BatchImportTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryEntryInListOrderWithItsSequenceValue() throws IOException {
        GenxFile file = HgxReader.readWithBatch(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"));

        assertThat(file.batch()).extracting(BatchEntry::group)
                .containsExactly("0-sample_T10K", "1-sample_T25K", "2-sample_T40K");
        assertThat(file.batch()).extracting(BatchEntry::sequenceValue).containsExactly(10.0, 25.0, 40.0);
        double[] current = file.current().dataSets().get(0).y();
        double[] second = file.batch().get(1).project().dataSets().get(0).y();
        assertThat(second[5]).isEqualTo(current[5] * 0.9);
    }

    @Test
    void singleModelFilesHaveNoBatch() throws IOException {
        assertThat(HgxReader.readWithBatch(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx")).batch()).isEmpty();
    }

    @Test
    void aSingleModelImportedOverABatchLeavesNoSweepOfTheBatch() throws IOException {
        Path out = dir.resolve("out");
        assertThat(GenxImporter.importFile(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"), out, false).sweep())
                .isRegularFile();
        ImportReport single = GenxImporter.importFile(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx"), out, false);
        assertThat(single.sweep()).isNull();
        // The batch's sweep.yaml would fit its entries' data with the new model.yaml.
        assertThat(out.resolve("sweep.yaml")).doesNotExist();
        assertThat(single.model()).isRegularFile();
    }

    @Test
    void writesTheFirstEntrysModelEachEntrysDataAndTheSweep() throws IOException {
        Path out = dir.resolve("out");
        ImportReport report = GenxImporter.importFile(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"), out, false);

        assertThat(report.sweep()).isEqualTo(out.resolve("sweep.yaml"));
        assertThat(report.dataFiles()).containsExactly(out.resolve("0-sample_T10K.dat"),
                out.resolve("1-sample_T25K.dat"), out.resolve("2-sample_T40K.dat"));
        String sweep = Files.readString(report.sweep());
        assertThat(sweep).contains("models: [\"model.yaml\"]")
                .contains("- {file: \"0-sample_T10K.dat\", value: 10}")
                .contains("- {file: \"1-sample_T25K.dat\", value: 25, start: {Fe.d: 11.5, Sub.sigma: 4.5, inst.I0: 2.7}}")
                .contains("- {file: \"2-sample_T40K.dat\", value: 40, start: {topPt.d: 11.25, Fe.d: 10.5}}")
                .contains("keepFromLast: false");
        assertThat(Files.readString(report.model())).contains("file: \"0-sample_T10K.dat\"");

        ModelDefinition model = ModelFiles.load(report.model());
        ModelDefinition third = ModelFiles.load(report.model(), out.resolve("2-sample_T40K.dat"));
        DataSet a = model.problem().dataSets().get(0);
        DataSet c = third.problem().dataSets().get(0);
        assertThat(c.x()).containsExactly(a.x());
        for (int i = 0; i < a.size(); i++) {
            assertThat(c.y()[i]).isEqualTo(a.y()[i] * 1.1, org.assertj.core.data.Offset.offset(Math.ulp(c.y()[i]) * 2));
        }
    }

    @Test
    void eachEntryStartsFromItsOwnTableAsIfImportedAlone() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_batch_made.hgx");
        GenxFile file = HgxReader.readWithBatch(hgx);
        ImportReport report = GenxImporter.importFile(hgx, dir.resolve("out"), false);
        ModelDefinition model = ModelFiles.load(report.model());
        Map<String, Map<String, Double>> starts = Map.of(
                "1-sample_T25K", Map.of("Fe.d", 11.5, "Sub.sigma", 4.5, "inst.I0", 2.7),
                "2-sample_T40K", Map.of("topPt.d", 11.25, "Fe.d", 10.5));

        for (BatchEntry e : file.batch().subList(1, 3)) {
            // The reference: the entry imported on its own, its own table in its own model.yaml.
            ImportReport alone = GenxImporter.importProject(e.project(), "e.hgx", "e.hgx", dir.resolve(e.group()), false);
            List<Parameter> expected = ModelFiles.load(alone.model()).problem().parameters();
            ModelDefinition started = model;
            for (Map.Entry<String, Double> s : starts.get(e.group()).entrySet()) {
                started = started.withParameterValue(s.getKey(), s.getValue());
            }
            assertThat(started.problem().parameters()).as(e.group()).isEqualTo(expected);
        }
        assertThat(model.problem().parameters()).as("GenX keeps other bounds on the fixed Sub.setSigma row of "
                + "1-sample_T25K, which no fit uses").contains(Parameter.fixed("Sub.sigma", 4));
    }

    @Test
    void anEntryThatFitsAnotherParameterFitsAModelFileOfItsOwnInItsPlace() throws IOException {
        Path out = dir.resolve("out");
        List<BatchEntry> batch = withSecondRow("Sub.setSigma", r -> new GenxParameter(r.row(), r.name(), r.value(),
                true, 1, 8));

        ImportReport report = BatchImport.write(batch, "b.hgx", "b.hgx", out, false);

        String sweep = Files.readString(report.sweep());
        assertThat(sweep).contains("{file: \"1-sample_T25K.dat\", value: 25, model: \"1-sample_T25K.yaml\"}   "
                + "# entry 1-sample_T25K; fits Sub.sigma, so its own model");
        assertThat(sweep).contains("{file: \"2-sample_T40K.dat\", value: 40, start: {");
        ModelDefinition own = ModelFiles.load(out.resolve("1-sample_T25K.yaml"));
        assertThat(own.problem().parameters()).contains(Parameter.fitted("Sub.sigma", 4.5, 1, 8));
        assertThat(own.dataSources().get(0).file().getFileName().toString()).isEqualTo("1-sample_T25K.dat");
        assertThat(ModelFiles.load(report.model()).problem().parameters()).contains(Parameter.fixed("Sub.sigma", 4));
    }

    @Test
    void anEntryThatFitsWithinOtherBoundsFitsAModelFileOfItsOwn() throws IOException {
        Path out = dir.resolve("out");
        List<BatchEntry> batch = withSecondRow("Fe.setD", r -> new GenxParameter(r.row(), r.name(), r.value(),
                r.fit(), r.min(), 25));

        ImportReport report = BatchImport.write(batch, "b.hgx", "b.hgx", out, false);

        assertThat(Files.readString(report.sweep())).contains("model: \"1-sample_T25K.yaml\"}   # entry 1-sample_T25K; "
                + "fits Fe.d within [8.25, 25], so its own model");
        Parameter feD = ModelFiles.load(out.resolve("1-sample_T25K.yaml")).problem().parameters().stream()
                .filter(p -> p.name().equals("Fe.d")).findFirst().orElseThrow();
        assertThat(feD.max()).isEqualTo(25);
        assertThat(feD.value()).isEqualTo(11.5);
    }

    /** The committed batch with one row of the second entry's table changed. */
    private List<BatchEntry> withSecondRow(String row, UnaryOperator<GenxParameter> change) throws IOException {
        GenxFile file = HgxReader.readWithBatch(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"));
        BatchEntry second = file.batch().get(1);
        List<GenxParameter> table = second.project().parameters().stream()
                .map(r -> r.name().equals(row) ? change.apply(r) : r).toList();
        assertThat(table).isNotEqualTo(second.project().parameters());
        GenxProject changed = new GenxProject(second.project().script(), table, second.project().dataSets(),
                second.project().config());
        return List.of(file.batch().get(0), new BatchEntry(second.group(), 25, changed), file.batch().get(2));
    }

    /**
     * XRR_batch_mixed_made.hgx (make_batch.py): the second entry's script stacks 18 Fe/Pt bilayers, not 19. It
     * fits a model file of its own, translated from its own script and table as if imported alone.
     */
    @Test
    void anEntryWithAnotherScriptFitsItsOwnModelTranslatedFromItsScript() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_batch_mixed_made.hgx");
        Path out = dir.resolve("out");
        ImportReport report = GenxImporter.importFile(hgx, out, false);

        assertThat(Files.readString(report.sweep())).contains("- {file: \"1-sample_T25K.dat\", value: 25, model: "
                + "\"1-sample_T25K.yaml\"}   # entry 1-sample_T25K; another script than entry 0-sample_T10K's, so its "
                + "own model");
        BatchEntry second = HgxReader.readWithBatch(hgx).batch().get(1);
        ImportReport alone = GenxImporter.importProject(second.project(), "e.hgx", "e.hgx", dir.resolve("alone"),
                false);
        ModelDefinition own = ModelFiles.load(out.resolve("1-sample_T25K.yaml"));
        ModelDefinition expected = ModelFiles.load(alone.model());
        ModelDefinition first = ModelFiles.load(report.model());
        double[] ownCurve = own.problem().simulate(own.problem().startValues())[0];
        assertThat(ownCurve).containsExactly(expected.problem().simulate(expected.problem().startValues())[0]);
        assertThat(ownCurve).isNotEqualTo(first.problem().simulate(first.problem().startValues())[0]);
        assertThat(Files.readString(out.resolve("1-sample_T25K.yaml"))).contains("- name: ML\n      layers: [Fe, Pt]\n"
                + "      repetitions: 18\n");
        assertThat(Files.readString(report.model())).contains("- name: ML\n      layers: [Fe, Pt]\n"
                + "      repetitions: 19\n");
    }

    /**
     * The third entry of XRR_batch_mixed_made.hgx holds two data sets, its Sim simulating both: it fits its own
     * model over both data files, which simulates GenX's curve (y_sim) of each.
     */
    @Test
    void anEntryWithSeveralDataSetsFitsItsOwnModelOverAllOfThem() throws IOException {
        Path hgx = GenxImporterTest.resource(dir, "XRR_batch_mixed_made.hgx");
        Path out = dir.resolve("out");
        ImportReport report = GenxImporter.importFile(hgx, out, false);

        assertThat(report.dataFiles()).contains(out.resolve("2-sample_T40K.dat"),
                out.resolve("2-sample_T40K XRR copy.dat"));
        assertThat(Files.readString(report.sweep())).contains("- {file: \"2-sample_T40K.dat\", value: 40, model: "
                + "\"2-sample_T40K.yaml\"}   # entry 2-sample_T40K; another script than entry 0-sample_T10K's and 2 "
                + "data sets, where a sequence replaces the first only, so its own model");
        ModelDefinition own = ModelFiles.load(out.resolve("2-sample_T40K.yaml"));
        assertThat(own.dataSources()).extracting(d -> d.file().getFileName().toString())
                .containsExactly("2-sample_T40K.dat", "2-sample_T40K XRR copy.dat");
        double[][] curves = own.problem().simulate(own.problem().startValues());
        try (io.jhdf.HdfFile f = new io.jhdf.HdfFile(hgx)) {
            for (int k = 0; k < 2; k++) {
                String set = "2-sample_T40K/data/datasets/" + k + "/";
                double[] ySim = (double[]) f.getDatasetByPath(set + "y_sim").getData();
                double[] y = (double[]) f.getDatasetByPath(set + "y").getData();
                assertThat(own.problem().dataSets().get(k).y()).containsExactly(y);
                double worst = 0;
                for (int i = 0; i < ySim.length; i++) {
                    worst = Math.max(worst, Math.abs(curves[k][i] / ySim[i] - 1));
                }
                assertThat(worst).as("data set " + k).isLessThan(1e-6);
            }
        }
    }

    @Test
    void anEntryWithoutDataIsRefusedNamingItAndNothingIsWritten() throws IOException {
        GenxFile file = HgxReader.readWithBatch(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"));
        BatchEntry second = file.batch().get(1);
        GenxProject empty = new GenxProject(second.project().script(), second.project().parameters(), List.of(),
                second.project().config());
        List<BatchEntry> batch = List.of(file.batch().get(0), new BatchEntry(second.group(), 25, empty));
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> BatchImport.write(batch, "b.hgx", "b.hgx", out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("batch entry 1-sample_T25K holds no data set");
        assertThat(out).doesNotExist();
    }
}
