package org.evofit.wrapper.pickle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a pickle read front to back: the instruction codes and their arguments (lines, lengths,
 * little- and big-endian integers, text literals), each read checked against the end of the data.
 */
final class PickleInput {

    private final byte[] in;
    private int pos;

    PickleInput(byte[] in) {
        this.in = in;
    }

    /** Where the next read starts. */
    int position() {
        return pos;
    }

    /** The next instruction code. */
    int next() {
        if (pos >= in.length) {
            throw new PickleException("expected the pickle's STOP instruction but the data ends at byte " + pos);
        }
        return in[pos++] & 0xff;
    }

    /** Skips {@code count} bytes the reader has no use for (a protocol number, a frame's length). */
    void skip(int count) {
        pos += count;
    }

    String line() {
        return latin1(lineBytes());
    }

    byte[] lineBytes() {
        int end = pos;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        if (end == in.length) {
            throw new PickleException("expected a line ending in the pickle after byte " + pos + " but the data ends");
        }
        byte[] bytes = Arrays.copyOfRange(in, pos, end);
        pos = end + 1;
        return bytes;
    }

    byte[] bytes(long length) {
        if (length < 0 || pos + length > in.length) {
            throw new PickleException("expected " + length + " bytes at byte " + pos + " but the pickle has "
                    + (in.length - pos));
        }
        byte[] bytes = Arrays.copyOfRange(in, pos, pos + (int) length);
        pos += (int) length;
        return bytes;
    }

    long littleEndian(int size, boolean signed) {
        byte[] b = bytes(size);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (b[i] & 0xff);
        }
        if (signed && size < 8 && (b[size - 1] & 0x80) != 0) {
            value -= 1L << (8 * size);
        }
        return value;
    }

    long length8() {
        long length = littleEndian(8, false);
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new PickleException("expected a length below 2 GB at byte " + pos + " but found " + length);
        }
        return length;
    }

    long bigEndianLong() {
        byte[] b = bytes(8);
        long value = 0;
        for (byte x : b) {
            value = (value << 8) | (x & 0xff);
        }
        return value;
    }

    /** LONG1/LONG4: a little-endian two's complement integer of {@code length} bytes. */
    Object longBytes(long length) {
        byte[] b = bytes(length);
        if (b.length == 0) {
            return 0L;
        }
        byte[] bigEndian = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bigEndian[i] = b[b.length - 1 - i];
        }
        return number(new BigInteger(bigEndian));
    }

    static Object number(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    static Object intLiteral(String text) {
        return switch (text) {
            case "00" -> Boolean.FALSE;
            case "01" -> Boolean.TRUE;
            default -> number(new BigInteger(stripSuffix(text, "L")));
        };
    }

    static double floatLiteral(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
