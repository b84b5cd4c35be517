package org.evofit.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input file whole, within a size limit: a model, data or script file named by mistake (or on
 * purpose) as a device such as {@code /dev/zero}, or a file of many gigabytes, must end in a clear
 * message, not in an OutOfMemoryError.
 */
public final class InputLimits {

    /** The largest input file read: 256 MiB, some eight million data points of text. */
    public static final long MAX_BYTES = 256L << 20;

    /** Why a device, a pipe or another special file is not read. */
    public static final String NOT_A_REGULAR_FILE = "expected a regular file but found a device, pipe or other special file";

    private InputLimits() {
    }

    /**
     * The file's bytes.
     *
     * @throws IOException as {@link Files#readAllBytes}, and with a message saying why for a file that
     *                     is not a regular file (a device or a pipe, which may never end) or is larger
     *                     than {@link #MAX_BYTES}
     */
    public static byte[] readAllBytes(Path file) throws IOException {
        if (isSpecial(file)) {
            throw new IOException(NOT_A_REGULAR_FILE);
        }
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size > MAX_BYTES) {
            throw new IOException(tooLarge(size));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(tooLarge(bytes.length));
            }
            return bytes;
        }
    }

    /**
     * The file's text, as {@link Files#readString(Path)} reads it (UTF-8; bytes that are not throw a
     * {@link java.nio.charset.MalformedInputException}), within the same limits.
     */
    public static String readString(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readAllBytes(file))).toString();
    }

    /** Whether {@code file} exists as a device, a pipe or another special file (which may never end). */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    private static String tooLarge(long size) {
        return "the file has " + (size >> 20) + " MiB, more than the " + (MAX_BYTES >> 20)
                + " MiB evofit reads as an input file";
    }
}
