package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private static final String FILE = "model.yaml";

    @Test
    void keysAndValuesOfNestedMappingsAndListItemsKeepTheirLocations() {
        MapNode root = parse("""
                # a model
                name: fit 1
                components:
                  - kind: gauss
                    center: 50.2
                  - {kind: line, slope: -1}
                range: [40, 60]
                """).asMap();
        assertThat(root.location()).isEqualTo(at(2, 1));
        assertThat(root.keys()).containsExactly("name", "components", "range");
        assertThat(root.entry("components").orElseThrow().keyLocation()).isEqualTo(at(3, 1));
        assertThat(root.required("name").location()).isEqualTo(at(2, 7));

        ListNode components = root.list("components");
        assertThat(components.location()).isEqualTo(at(4, 3));
        assertThat(components.size()).isEqualTo(2);
        MapNode gauss = components.get(0).asMap();
        assertThat(gauss.location()).isEqualTo(at(4, 5));
        assertThat(gauss.entry("center").orElseThrow().keyLocation()).isEqualTo(at(5, 5));
        assertThat(gauss.required("center").location()).isEqualTo(at(5, 13));
        MapNode line = components.get(1).asMap();
        assertThat(line.location()).isEqualTo(at(6, 5));
        assertThat(line.entry("slope").orElseThrow().keyLocation()).isEqualTo(at(6, 18));
        assertThat(line.required("slope").location()).isEqualTo(at(6, 25));

        ListNode range = root.list("range");
        assertThat(range.location()).isEqualTo(at(7, 8));
        assertThat(range.get(1).location()).isEqualTo(at(7, 13));
    }

    @Test
    void scalarsKeepTheirTextAndWhetherTheyWereQuoted() {
        MapNode root = parse("""
                plain: abc
                double: "abc"
                single: 'abc'
                number: 12
                quotedNumber: "12"
                anchored: &a "x"
                empty:
                tilde: ~
                word: null
                """).asMap();
        assertThat(scalar(root, "plain")).isEqualTo(new ScalarNode(at(1, 8), "abc", false));
        assertThat(scalar(root, "double")).isEqualTo(new ScalarNode(at(2, 9), "abc", true));
        assertThat(scalar(root, "single").quoted()).isTrue();
        assertThat(scalar(root, "number").quoted()).isFalse();
        assertThat(scalar(root, "quotedNumber").quoted()).isTrue();
        assertThat(scalar(root, "anchored").quoted()).isTrue();
        assertThat(scalar(root, "empty").isNull()).isTrue();
        assertThat(scalar(root, "tilde").isNull()).isTrue();
        assertThat(scalar(root, "word").isNull()).isTrue();
        assertThat(scalar(root, "double").isNull()).isFalse();
    }

    @Test
    void aRootListOrScalarIsReturnedAsIs() {
        assertThat(parse("- 1\n- 2\n").asList().size()).isEqualTo(2);
        assertThat(parse("just text\n").asScalar().text()).isEqualTo("just text");
    }

    @Test
    void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        ModelFileException e = failure("""
                fit:
                  a: 1
                  b: 2
                  a: 3
                """);
        assertThat(e).hasMessage("model.yaml:4:3: duplicate key 'a'; expected each key once"
                + " (first given at line 2, column 3)");
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void anIndentedKeyUnderAScalarIsReportedAtItsColon() {
        assertThat(failure("a: 1\n  b: 2\n")).hasMessage("model.yaml:2:4: unexpected ':'; expected"
                + " a key indented like the keys around it, or a value in quotes if it contains ': '");
    }

    @Test
    void aKeyOutOfLineWithItsNeighboursIsBadIndentation() {
        assertThat(failure("a:\n  b: 1\n c: 2\n")).hasMessage("model.yaml:3:2: bad indentation:"
                + " expected this line to continue the mapping that starts at line 1, column 1 at"
                + " the indentation of its entries, or to end it");
    }

    @Test
    void anUnclosedBracketNamesWhatWasExpectedAndWhereTheListStarts() {
        assertThat(failure("a: [1, 2\nb: 3\n")).hasMessage("model.yaml:2:2: expected ',' or ']'"
                + " but found ':' (in the [...] list that starts at line 1, column 4)");
        assertThat(failure("a: {b: 1\n")).hasMessage("model.yaml:2:1: expected ',' or '}' but"
                + " found the end of the file (in the {...} mapping that starts at line 1, column 4)");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheStringStarts() {
        assertThat(failure("a: 1\nb: \"open\nc: 2\n")).hasMessage("model.yaml:2:4: expected a"
                + " closing quote for the string that starts here but found the end of the file");
    }

    @Test
    void tabsAndCharactersThatCannotStartAValueAreExplained() {
        assertThat(failure("a: 1\nb:\tx\n"))
                .hasMessage("model.yaml:2:3: expected spaces but found a tab; YAML does not allow"
                        + " tabs here");
        assertThat(failure("a: @x\n")).hasMessage("model.yaml:1:4: expected a value but found '@',"
                + " which cannot start one; put the value in quotes");
    }

    @Test
    void messagesCarryNoParserSourceExcerpts() {
        ModelFileException e = failure("a: [1, 2\nb: 3\n");
        assertThat(e.getMessage()).doesNotContain("reader", "^", "\n", "Source");
    }

    @Test
    void aSecondDocumentIsRejected() {
        assertThat(failure("a: 1\n---\nb: 2\n")).hasMessage(
                "model.yaml:3:1: expected a single document but found more after the one that"
                        + " starts at line 1");
    }

    @Test
    void aliasesAreRejectedAtTheAlias() {
        assertThat(failure("a: &x 5\nb: *x\n")).hasMessage("model.yaml:2:4: expected a value but"
                + " found the alias '*x'; aliases are not supported, write the value out");
    }

    @Test
    void complexKeysAreRejected() {
        assertThat(failure("? [a, b]\n: 1\n").getMessage())
                .startsWith("model.yaml:1:")
                .endsWith("expected a key but found a list or mapping in its place; keys must be"
                        + " single values");
    }

    @Test
    void anEmptyOrCommentOnlyFileHasNoDocument() {
        assertThat(failure("")).hasMessage(
                "model.yaml: expected a document but the file is empty or has only comments");
        assertThat(failure("# nothing yet\n").line()).isZero();
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() {
        MapNode root = parse("\uFEFFa: 1\n").asMap();
        assertThat(root.required("a").location()).isEqualTo(at(1, 4));
    }

    private static Location at(int line, int column) {
        return new Location(FILE, line, column);
    }

    private static ScalarNode scalar(MapNode map, String key) {
        return map.required(key).asScalar();
    }

    private static Node parse(String text) {
        return DocumentReader.parse(text, FILE);
    }

    private static ModelFileException failure(String text) {
        return catchThrowableOfType(ModelFileException.class, () -> parse(text));
    }
}
