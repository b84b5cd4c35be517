package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HeaderMergeTest {

    private static ObjectNode yaml(String text) {
        return (ObjectNode) YamlTree.read(text);
    }

    @Test
    void mergesMappingsKeyByKeyAndReplacesEverythingElse() {
        ObjectNode base = yaml("""
                a: {b: 1, c: {d: 2, e: 3}}
                files: [x, y]
                f: text
                """);
        ObjectNode changes = yaml("""
                a: {c: {e: 30}, g: 4}
                files: [z]
                f: {now: a mapping}
                h: new
                """);

        ObjectNode merged = HeaderMerge.merge(base, changes);

        assertThat(merged).isEqualTo(yaml("""
                a: {b: 1, c: {d: 2, e: 30}, g: 4}
                files: [z]
                f: {now: a mapping}
                h: new
                """));
        // Keys keep the first header's order; new ones come last.
        assertThat(merged.fieldNames()).toIterable().containsExactly("a", "files", "f", "h");
        assertThat(base.at("/a/c/e").asInt()).isEqualTo(3);
        assertThat(changes.has("files")).isTrue();
    }
}
