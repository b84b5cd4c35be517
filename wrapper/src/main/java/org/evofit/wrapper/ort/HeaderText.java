package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a header tree as the format's wrapped YAML: block-style YAML, every line behind
 * {@code # }.
 */
final class HeaderText {

    private HeaderText() {
    }

    /** The header's lines, each ending in a line break; an empty YAML line becomes {@code #}. */
    static String of(ObjectNode header) {
        StringBuilder text = new StringBuilder();
        YamlTree.write(header).lines().forEach(line -> text.append(line.isEmpty() ? "#" : "# ")
                .append(line).append('\n'));
        return text.toString();
    }
}
