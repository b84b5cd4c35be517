package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;

/**
 * One header block of an .ort file: the {@code # }-prefixed YAML above a data set's rows.
 *
 * <p>The YAML is read twice. The located tree of {@link DocumentReader} checks it, explains syntax
 * mistakes and points at values; the JSON tree of {@link YamlTree} is what is kept and written
 * back, because it holds every value with the type YAML gives it. Both read the same text, made so
 * that YAML's lines and columns are the file's: every line before the block is left empty and each
 * {@code #} prefix becomes blanks. Shifting a whole document right does not change what it
 * means, and every location, even one a message mentions in passing, is right without
 * translation.
 */
final class HeaderBlock {

    // Only for the located tree's own messages, which are renamed before anyone sees them.
    private static final String YAML_NAME = "header.yaml";

    private final String file;
    private final List<SourceLine> lines;
    private final ObjectNode tree;
    private final MapNode located;

    private HeaderBlock(String file, List<SourceLine> lines, ObjectNode tree, MapNode located) {
        this.file = file;
        this.lines = lines;
        this.tree = tree;
        this.located = located;
    }

    /** Whether the block has no YAML at all: every line is empty or a {@code # #} comment. */
    static boolean isCommentOnly(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            String yaml = strip(line.text()).strip();
            if (!yaml.isEmpty() && !yaml.startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a block whose YAML must be a mapping.
     *
     * @param file  the file as the user named it
     * @param lines the block's lines, each starting with {@code #}, in file order
     * @throws DataFileException located in the file for malformed YAML or a header that is not a
     *                           mapping of keys
     */
    static HeaderBlock parse(String file, List<SourceLine> lines) {
        StringBuilder yaml = new StringBuilder();
        int next = 1;
        for (SourceLine line : lines) {
            for (; next < line.number(); next++) {
                yaml.append('\n');
            }
            String text = line.text();
            int prefix = prefixLength(text);
            yaml.append(" ".repeat(prefix)).append(text, prefix, text.length()).append('\n');
            next++;
        }
        String text = yaml.toString();
        HeaderBlock located = new HeaderBlock(file, lines, null, null);
        MapNode map;
        try {
            Node root = DocumentReader.parse(text, YAML_NAME);
            if (!(root instanceof MapNode m)) {
                throw root.error("expected the header to be YAML 'key: value' lines but found "
                        + root.describe());
            }
            map = m;
        } catch (ModelFileException e) {
            throw located.relocate(e);
        }
        return new HeaderBlock(file, lines, (ObjectNode) YamlTree.read(text), map);
    }

    /** The header as a JSON tree; a copy, since JSON trees are mutable. */
    ObjectNode tree() {
        return tree.deepCopy();
    }

    /** The header with the location of every value, for checks. */
    MapNode located() {
        return located;
    }

    /** 1-based line in the file where the block starts. */
    int firstLine() {
        return lines.get(0).number();
    }

    /** A mistake at a value of this block, located in the file. */
    DataFileException error(Node node, String message) {
        return relocate(node.error(message));
    }

    /** The 1-based line in the file where a value of this block is written. */
    int line(Node node) {
        return node.location().line();
    }

    /**
     * A mistake reported by the located tree, named after the file. A mistake of the whole YAML
     * text (such as an empty one) points at the block's first line, one at the end of the text
     * (such as an unclosed bracket) at its last line.
     */
    DataFileException relocate(ModelFileException e) {
        // The YAML text ends where the header does, not where the file does.
        String detail = e.detail().replace("the end of the file", "the end of the header");
        int last = lines.get(lines.size() - 1).number();
        if (e.line() < 1) {
            return new DataFileException(file, firstLine(), 0, detail);
        }
        if (e.line() > last) {
            return new DataFileException(file, last, 0, detail);
        }
        return new DataFileException(file, e.line(), e.column(), detail);
    }

    /** The YAML part of a header line. */
    private static String strip(String line) {
        return line.substring(prefixLength(line));
    }

    /** {@code #} and one blank after it, as numpy and the ORSO examples write them. */
    private static int prefixLength(String line) {
        if (!line.startsWith("#")) {
            return 0;
        }
        return line.length() > 1 && (line.charAt(1) == ' ' || line.charAt(1) == '\t') ? 2 : 1;
    }
}
