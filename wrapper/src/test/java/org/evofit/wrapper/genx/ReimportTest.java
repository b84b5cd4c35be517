package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.wrapper.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (#4's class, for imports): an import into a folder that holds an earlier import leaves
 * the folder holding this import's files only; the earlier import's data files it does not write
 * again go, and what the user put there beside the import stays.
 */
class ReimportTest {

    @TempDir
    Path dir;

    @Test
    void aReimportIntoTheSameFolderRemovesTheEarlierImportsDataFilesAndKeepsTheUsers() throws Exception {
        Path out = dir.resolve("out");
        ImportReport batch = GenxImporter.importFile(GenxImporterTest.resource(dir, "XRR_batch_made.hgx"), out, false);
        assertThat(batch.dataFiles()).hasSizeGreaterThan(1);
        Path notes = Files.writeString(out.resolve("notes.txt"), "my notes\n");
        Path ownData = Files.writeString(out.resolve("mine.dat"), "1 2 0.1\n");

        ImportReport single = GenxImporter.importFile(GenxImporterTest.resource(dir, "X-ray_Reflectivity.hgx"), out,
                false);

        List<Path> expected = new ArrayList<>(single.dataFiles());
        expected.add(single.model());
        expected.add(notes);
        expected.add(ownData);
        expected.add(out.resolve(ImportManifest.NAME));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(batch.dataFiles()).as("the batch's data files, none written again").doesNotContainAnyElementsOf(
                single.dataFiles()).allMatch(p -> !Files.exists(p));
        assertThat(ModelFiles.load(single.model()).dataSources()).hasSameSizeAs(single.dataFiles());
    }
}
