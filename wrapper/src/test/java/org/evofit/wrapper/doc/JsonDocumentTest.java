package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class JsonDocumentTest {

    private static final String FILE = "model.json";

    @Test
    void keysAndValuesOfNestedObjectsAndArrayItemsKeepTheirLocations() {
        MapNode root = parse("""
                {
                  "name": "fit 1",
                  "components": [
                    {"kind": "gauss", "center": 50.2},
                    {"kind": "line", "slope": -1}
                  ],
                  "xmax": "inf",
                  "fit": true,
                  "note": null
                }
                """).asMap();
        assertThat(root.location()).isEqualTo(at(1, 1));
        assertThat(root.keys()).containsExactly("name", "components", "xmax", "fit", "note");
        assertThat(root.entry("name").orElseThrow().keyLocation()).isEqualTo(at(2, 3));
        assertThat(root.required("name").location()).isEqualTo(at(2, 11));

        ListNode components = root.list("components");
        assertThat(components.location()).isEqualTo(at(3, 17));
        MapNode line = components.get(1).asMap();
        assertThat(line.location()).isEqualTo(at(5, 5));
        assertThat(line.entry("slope").orElseThrow().keyLocation()).isEqualTo(at(5, 22));
        assertThat(line.required("slope").location()).isEqualTo(at(5, 31));
        assertThat(line.number("slope")).isEqualTo(-1);
        assertThat(root.number("xmax")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(root.bool("fit")).isTrue();
    }

    @Test
    void stringsAreQuotedAndOtherScalarsPlain() {
        MapNode root = parse("{\"s\": \"12\", \"n\": 12, \"b\": false, \"z\": null}").asMap();
        assertThat(root.required("s").asScalar().quoted()).isTrue();
        assertThat(root.required("n").asScalar().quoted()).isFalse();
        assertThat(root.required("b").asScalar().text()).isEqualTo("false");
        assertThat(root.required("z").asScalar().isNull()).isTrue();
    }

    @Test
    void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        assertThat(failure("{\n  \"a\": 1,\n  \"a\": 2\n}\n")).hasMessage("model.json:3:3:"
                + " duplicate key 'a'; expected each key once (first given at line 2, column 3)");
    }

    @Test
    void aTrailingCommaIsReportedAtTheClosingBrace() {
        ModelFileException e = failure("{\"a\": 1,}");
        assertThat(e).hasMessage("model.json:1:9: unexpected '}'; expected a key in double quotes");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void aMissingCommaIsReportedAtTheNextEntry() {
        assertThat(failure("{\n  \"a\": 1\n  \"b\": 2\n}\n"))
                .hasMessage("model.json:3:3: unexpected '\"'; expected ',' between entries");
        assertThat(failure("{\n  \"a\": [1, 2,\n  \"b\": 3\n}\n"))
                .hasMessage("model.json:3:6: unexpected ':'; expected ',' between list items");
    }

    @Test
    void anUnknownWordIsReportedAtItsStart() {
        assertThat(failure("{\n  \"a\": tru\n}\n")).hasMessage("model.json:2:8: unrecognized"
                + " token 'tru'; expected a string, number, object, array, true, false or null");
    }

    @Test
    void anUnclosedObjectNamesWhereItWasOpened() {
        assertThat(failure("{\n  \"a\": 1\n")).hasMessage(
                "model.json:3:1: unexpected end of file: expected '}' (opened at line 1, column 1)");
    }

    @Test
    void anUnclosedStringIsReportedAtTheEndOfItsLine() {
        assertThat(failure("{\n  \"a\": \"x\n}\n")).hasMessage(
                "model.json:2:10: expected '\"' to close the string before the end of the line");
    }

    @Test
    void commentsAndNonNumericLiteralsAreExplainedWithoutParserFeatureNames() {
        assertThat(failure("{\n  // note\n  \"a\": 1\n}\n")).hasMessage("model.json:2:3:"
                + " unexpected '/'; JSON does not allow comments (a YAML model file may use"
                + " # comments)");
        assertThat(failure("{\"a\": -Infinity}")).hasMessage("model.json:1:7: expected a JSON"
                + " value but found '-Infinity'; JSON has no literal for infinity or NaN (write"
                + " infinity as the string \"inf\")");
    }

    @Test
    void messagesCarryNoParserSourceReferences() {
        assertThat(failure("{\n  \"a\": 1\n").getMessage())
                .doesNotContain("Source", "REDACTED", "StreamReadFeature", "code 125");
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        assertThat(failure("{\"a\": 1} {\"b\": 2}")).hasMessage("model.json:1:10: expected a"
                + " single document but found more after the one that starts at line 1");
    }

    @Test
    void theExtensionChoosesTheParserSoYamlIsNotJson() {
        assertThat(DocumentReader.parse("a: 1\n", "model.yaml").asMap().number("a")).isEqualTo(1);
        assertThat(failure("a: 1\n").getMessage()).startsWith("model.json:1:");
        assertThat(DocumentReader.parse("{\"a\": 1}", "MODEL.JSON").asMap().has("a")).isTrue();
    }

    private static Location at(int line, int column) {
        return new Location(FILE, line, column);
    }

    private static Node parse(String text) {
        return DocumentReader.parse(text, FILE);
    }

    private static ModelFileException failure(String text) {
        return catchThrowableOfType(ModelFileException.class, () -> parse(text));
    }
}
