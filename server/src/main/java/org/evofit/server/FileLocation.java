package org.evofit.server;

/**
 * A place in a file a message is about: the file's name as the user knows it (an upload's name, a
 * project file), and the 1-based line and column, or 0 where unknown.
 */
public record FileLocation(String file, int line, int column) {

    /** A whole file, no line. */
    public static FileLocation of(String file) {
        return new FileLocation(file, 0, 0);
    }

    /** {@code file:line:column}, as the command line prints it (parts that are unknown left out). */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
