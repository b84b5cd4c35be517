package org.evofit.wrapper.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One data file format: a new format is one class implementing this plus its line in
 * {@link org.evofit.wrapper.formats.DataFormats#ALL} and its tests.
 *
 * <p>A format reports every mistake in a file as a {@link org.evofit.core.data.DataFileException}
 * naming the file, the line (or XML element, or zip entry, in the message) and what was expected.
 */
public interface DataFormat {

    /** The name a model file's {@code format:} gives and {@code evofit data} prints: {@code ort}, {@code xrdml}. */
    String name();

    /** The file-name endings this format claims, lower case with the dot ({@code .xrdml}). */
    List<String> extensions();

    /**
     * Whether the start of a file looks like this format: how a {@code .dat} of an instrument is told from
     * column text, and a file whose name says nothing is read anyway.
     */
    boolean recognises(FileHead head);

    /**
     * Reads the whole file.
     *
     * @throws org.evofit.core.data.DataFileException for a mistake in the file, or options it cannot honour
     */
    LoadedFile read(Path file, ReadOptions options);
}
