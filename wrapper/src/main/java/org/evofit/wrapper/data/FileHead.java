package org.evofit.wrapper.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;
import org.evofit.core.input.ReadFailure;

/**
 * The first bytes of a file, read once for every format's {@link DataFormat#recognises} test, and their lines, split
 * once for the several formats that look at them (a class, not a record: the lines follow from the bytes, so no
 * constructor takes them).
 */
public final class FileHead {

    /** How much of a file sniffing looks at. */
    public static final int SIZE = 8192;

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private final Path file;
    private final byte[] bytes;
    private final List<String> lines;

    private FileHead(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
        this.lines = lines(bytes);
    }

    /**
     * The first {@link #SIZE} bytes of {@code file} (fewer for a shorter file).
     *
     * @throws DataFileException naming the file when it cannot be read
     */
    public static FileHead of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FileHead(file, in.readNBytes(SIZE));
        } catch (IOException e) {
            // Named, as the formats' readers name a file they cannot read: an I/O error's message names no file.
            throw DataFileException.ofFile(file.toString(), ReadFailure.detail(e));
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Up to {@link #SIZE} bytes from the file's start. */
    public byte[] bytes() {
        return bytes;
    }

    /** The complete lines of the head (the last, perhaps cut, is left out unless the file ended). */
    public List<String> lines() {
        return lines;
    }

    /** The bytes as text (ISO-8859-1: every byte is one character, so binary files do not fail). */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static List<String> lines(byte[] bytes) {
        List<String> lines = List.of(LINE_BREAK.split(new String(bytes, StandardCharsets.ISO_8859_1), -1));
        return bytes.length < SIZE ? lines : lines.subList(0, Math.max(0, lines.size() - 1));
    }

    /** Whether the file starts as a zip archive does (.brml, .rasx). */
    public boolean isZip() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The file name in lower case, for extension tests. */
    public String lowerCaseName() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
