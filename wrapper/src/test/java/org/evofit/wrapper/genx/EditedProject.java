package org.evofit.wrapper.genx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A test project whose script has one piece of text replaced, to see how the importer takes a
 * construct the committed project does not hold.
 *
 * @param project the changed project
 * @param line    the 1-based script line that holds the replacement text
 */
record EditedProject(GenxProject project, int line) {

    /**
     * The resource {@code name} (copied into {@code dir}) with {@code from} replaced by {@code to} in its
     * script; {@code line} is where the first line of {@code to} is.
     */
    static EditedProject of(Path dir, String name, String from, String to) throws IOException {
        GenxProject p = HgxReader.read(GenxImporterTest.resource(dir, name));
        String script = p.script().replace(from, to);
        assertThat(script).as("the script holds %s", from).isNotEqualTo(p.script());
        List<String> lines = script.lines().toList();
        int line = 0;
        while (line < lines.size() && !lines.get(line).contains(to.lines().findFirst().orElse(to))) {
            line++;
        }
        return new EditedProject(new GenxProject(script, p.parameters(), p.dataSets(), p.config()), line + 1);
    }
}
