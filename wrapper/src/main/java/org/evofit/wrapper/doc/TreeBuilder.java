package org.evofit.wrapper.doc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the located tree from a Jackson streaming parser, which is the one Jackson API that still
 * knows where each token was written.
 */
final class TreeBuilder {

    private final JsonParser parser;
    private final String file;
    private final SourceLines source;
    private final boolean json;

    /**
     * @param parser a fresh parser over the file's text
     * @param file   the file as the user named it
     * @param source the same text, to tell quoted from plain YAML strings
     * @param json   whether the text is JSON, where every string is quoted
     */
    TreeBuilder(JsonParser parser, String file, SourceLines source, boolean json) {
        this.parser = parser;
        this.file = file;
        this.source = source;
        this.json = json;
    }

    /** The single document of the file. */
    Node document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw ModelFileException.ofFile(file,
                    "expected a document but the file is empty or has only comments");
        }
        Node root = value(first);
        if (parser.nextToken() != null) {
            throw new ModelFileException(here(), "expected a single document but found more after"
                    + " the one that starts at line " + root.location().line());
        }
        return root;
    }

    private Node value(JsonToken token) throws IOException {
        Location at = here();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the bare anchor name, which would silently become a
            // string value; refusing it is the honest option.
            throw new ModelFileException(at, "expected a value but found the alias '*"
                    + parser.getText() + "'; aliases are not supported, write the value out");
        }
        return switch (token) {
            case START_OBJECT -> map(at);
            case START_ARRAY -> list(at);
            case VALUE_STRING -> new ScalarNode(at, parser.getText(),
                    json || source.isQuotedAt(at.line(), at.column()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    new ScalarNode(at, parser.getText(), false);
            default -> throw unexpected(token, "a mapping, a list or a single value");
        };
    }

    private MapNode map(Location at) throws IOException {
        List<MapEntry> entries = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            entries.add(new MapEntry(key, keyAt, value(parser.nextToken())));
        }
        if (token != JsonToken.END_OBJECT) {
            throw unexpected(token, "a key or the end of the mapping");
        }
        return new MapNode(at, entries);
    }

    private ListNode list(Location at) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(value(token));
        }
        if (token != JsonToken.END_ARRAY) {
            throw unexpected(token, "an item or the end of the list");
        }
        return new ListNode(at, items);
    }

    /**
     * A token the tree has no place for. Jackson reports malformed input itself, so in practice
     * this is YAML binary data ({@code !!binary}), which no model setting takes.
     */
    private ModelFileException unexpected(JsonToken token, String expected) {
        String found = token == null ? "the end of the file"
                : token == JsonToken.VALUE_EMBEDDED_OBJECT ? "binary data"
                : token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new ModelFileException(here(), "expected " + expected + " but found " + found);
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(file, location.getLineNr(), location.getColumnNr());
    }
}
