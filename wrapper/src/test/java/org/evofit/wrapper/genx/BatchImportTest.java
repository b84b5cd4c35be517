package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenX batch (XRR_batch_made.hgx, made by make_batch.py: GenX's X-ray example as three entries
 * with sequence values 10, 25, 40 and their curves scaled by 1, 0.9, 1.1) imports as the first
 * entry's model, one data file per entry and a sweep file listing them with their values.
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
    void writesTheFirstEntrysModelEachEntrysDataAndTheSweep() throws IOException {
        Path out = dir.resolve("out");
        ImportReport report = GenxImporter.importFile(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"), out, false);

        assertThat(report.sweep()).isEqualTo(out.resolve("sweep.yaml"));
        assertThat(report.dataFiles()).containsExactly(out.resolve("0-sample_T10K.dat"),
                out.resolve("1-sample_T25K.dat"), out.resolve("2-sample_T40K.dat"));
        String sweep = Files.readString(report.sweep());
        assertThat(sweep).contains("models: [model.yaml]")
                .contains("- {file: \"0-sample_T10K.dat\", value: 10}")
                .contains("- {file: \"1-sample_T25K.dat\", value: 25}")
                .contains("- {file: \"2-sample_T40K.dat\", value: 40}")
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
    void anEntryWithAnotherScriptIsRefusedAndNothingIsWritten() throws IOException {
        GenxFile file = HgxReader.readWithBatch(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"));
        BatchEntry second = file.batch().get(1);
        GenxProject changed = new GenxProject(second.project().script().replace("d=11,", "d=12,"),
                second.project().parameters(), second.project().dataSets(), second.project().config());
        assertThat(changed.script()).isNotEqualTo(second.project().script());
        List<BatchEntry> batch = List.of(file.batch().get(0), new BatchEntry(second.group(), 25, changed));
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> BatchImport.write(batch, "b.hgx", "b.hgx", out, false))
                .isInstanceOf(GenxImportException.class)
                .hasMessageContaining("1-sample_T25K").hasMessageContaining("another script");
        assertThat(out).doesNotExist();
    }
}
