package org.evofit.wrapper.modelfile;

/**
 * The text of a YAML file being written, line by line, with comments placed the same way by every
 * writer: after a section's key at a fixed column, after a value three spaces on.
 */
public final class YamlLines {

    /** The column where a section key's comment starts, so that the comments of a file line up. */
    private static final int COMMENT_COLUMN = 36;

    private final StringBuilder out = new StringBuilder();

    /** A line as it is. */
    public YamlLines line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** A line with a comment three spaces after it; no comment when {@code comment} is null. */
    public YamlLines line(String text, String comment) {
        return comment == null ? line(text) : line(text + "   # " + comment);
    }

    /** A section's key line ({@code layers:}) with its comment at the comment column, or none when null. */
    public YamlLines section(String key, String comment) {
        return aligned(key + ":", comment);
    }

    /** A line with its comment at the comment column, or none when null. */
    public YamlLines aligned(String text, String comment) {
        if (comment == null) {
            return line(text);
        }
        return line(text + " ".repeat(Math.max(1, COMMENT_COLUMN - text.length())) + "# " + comment);
    }

    /** A comment line at the given indentation. */
    public YamlLines comment(String indent, String comment) {
        return line(indent + "# " + comment);
    }

    /** An empty line, between sections. */
    public YamlLines blank() {
        return line("");
    }

    /** The text written so far. */
    public String text() {
        return out.toString();
    }
}
