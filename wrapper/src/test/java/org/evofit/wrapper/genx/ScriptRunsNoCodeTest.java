package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenX project's script is Python that GenX would run; evofit only translates it. A script that tries to run
 * code (os.system, __import__, eval, exec, alone or inside an argument evofit otherwise translates) is refused at
 * its line, or with lenient import kept as a comment, and nothing of it runs: the file each payload would create
 * is never made.
 */
class ScriptRunsNoCodeTest {

    private static final String PROJECT = "NR_setb_made.hgx";
    private static final String SETTER = "Film.setB(cp.bfilm)";

    @TempDir
    Path dir;

    private List<String> payloads(Path marker) {
        String touch = "touch " + marker;
        return List.of("import os; os.system('" + touch + "')",
                "__import__('os').system('" + touch + "')",
                "eval(\"__import__('os').system('" + touch + "')\")",
                "exec(\"import subprocess\\nsubprocess.call(['touch', '" + marker + "'])\")",
                "Film.setB(eval(\"__import__('os').system('" + touch + "')\"))");
    }

    /** The test project with {@code payload} as a line of its own before Film.setB, indented as that line is. */
    private EditedProject edited(String payload) throws IOException {
        String line = HgxReader.read(GenxImporterTest.resource(dir, PROJECT)).script().lines()
                .filter(l -> l.contains(SETTER)).findFirst().orElseThrow();
        String indent = line.substring(0, line.indexOf(SETTER));
        return EditedProject.of(dir, PROJECT, SETTER, payload + "\n" + indent + SETTER);
    }

    @Test
    void aScriptThatTriesToRunCodeIsRefusedAtItsLineAndNothingRuns() throws IOException {
        Path marker = dir.resolve("ran");
        for (String payload : payloads(marker)) {
            EditedProject e = edited(payload);
            Path out = dir.resolve("out");
            assertThatThrownBy(() -> GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", out, false))
                    .as(payload).isInstanceOf(GenxImportException.class)
                    .hasMessageContaining("script line " + e.line() + ": ");
            assertThat(out).as(payload).doesNotExist();
            assertThat(marker).as("%s ran", payload).doesNotExist();
        }
    }

    @Test
    void withLenientImportTheLineIsACommentOrRefusedAndNothingRuns() throws IOException {
        Path marker = dir.resolve("ran");
        int i = 0;
        for (String payload : payloads(marker)) {
            EditedProject e = edited(payload);
            Path out = dir.resolve("lenient" + i++);
            try {
                ImportReport report = GenxImporter.importProject(e.project(), "x.hgx", "x.hgx", out, true);
                assertThat(report.untranslated()).as(payload).extracting(ScriptLine::line).contains(e.line());
                String model = Files.readString(report.model());
                // Only as a comment: any line of the model that names the payload's call starts with '#'.
                assertThat(model.lines().filter(l -> l.contains("system(") || l.contains("exec(")))
                        .as(payload).allSatisfy(l -> assertThat(l.strip()).startsWith("#"));
            } catch (GenxImportException refused) {
                assertThat(refused.getMessage()).as(payload).contains("script line");
            }
            assertThat(marker).as("%s ran", payload).doesNotExist();
        }
    }
}
