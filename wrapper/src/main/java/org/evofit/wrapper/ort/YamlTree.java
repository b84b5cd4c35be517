package org.evofit.wrapper.ort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts header YAML to a JSON tree and back, so that what is read is what is written again.
 *
 * <p>Jackson's own tree reading and writing fall short in two places, both mended here: it cannot
 * read YAML's infinity and NaN ({@code .inf}, {@code -.inf}, {@code .nan}), and it writes some
 * strings that it would read back as numbers ({@code 1e3}, {@code 0x1F}, {@code 1_000},
 * {@code .inf}) without quotes. Strings are otherwise quoted only where YAML needs it, and
 * multi-line strings are written as literal blocks so they stay readable; long strings are not
 * folded, since YAML's escaped line continuations would be harder to read than a long line.
 */
final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(?:nan|NaN|NAN)");
    /** What a YAML 1.1 or 1.2 reader may take for a number: decimal, binary to hex, base 60. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(?:"
            + "(?:\\.[0-9]|[0-9])[0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
            + "|0[xXoObB][0-9a-fA-F_]+"
            + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
            + "|\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))");

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .stringQuotingChecker(new NumbersQuoted())
            .build();

    private YamlTree() {
    }

    /**
     * The tree of a YAML document that {@link org.evofit.wrapper.doc.DocumentReader} has accepted,
     * with the types YAML gives its values.
     */
    static JsonNode read(String yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            return first == null ? NODES.nullNode() : value(parser, first);
        } catch (IOException e) {
            // The located reader accepted the same text, so Jackson cannot reject it.
            throw new UncheckedIOException("YAML accepted once and refused once", e);
        }
    }

    /** The YAML text of a tree, ending in a line break. */
    static String write(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = YAML.createGenerator(out)) {
            write(generator, tree);
        } catch (IOException e) {
            // Writing to a string fails only for a tree YAML cannot hold, and a JSON tree it can.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode map = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    map.set(key, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                ArrayNode list = NODES.arrayNode();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(parser, item));
                }
                return list;
            }
            case VALUE_NUMBER_INT:
                return integer(parser.getNumberValue());
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(parser.getText());
        }
    }

    private static JsonNode integer(Number number) {
        if (number instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (number instanceof Long wide) {
            return NODES.numberNode(wide);
        }
        return NODES.numberNode(number.intValue());
    }

    private static JsonNode decimal(JsonParser parser) throws IOException {
        String text = parser.getText();
        if (INFINITY.matcher(text).matches()) {
            return NODES.numberNode(text.startsWith("-")
                    ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(text).matches()) {
            return NODES.numberNode(Double.NaN);
        }
        return NODES.numberNode(parser.getDoubleValue());
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                out.writeFieldName(entry.getKey());
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode item : node) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
            double v = node.doubleValue();
            out.writeNumber(Double.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf");
        } else if (node.isNumber()) {
            number(out, node);
        } else if (node.isTextual()) {
            out.writeString(node.textValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeNull();
        }
    }

    private static void number(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            default -> out.writeNumber(node.doubleValue());
        }
    }

    /** Jackson's rules, and quotes for every string a YAML reader could take for a number. */
    private static final class NumbersQuoted extends StringQuotingChecker {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return StringQuotingChecker.Default.instance().needToQuoteName(name)
                    || NUMBER_LIKE.matcher(name).matches();
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return StringQuotingChecker.Default.instance().needToQuoteValue(value)
                    || NUMBER_LIKE.matcher(value).matches();
        }
    }
}
