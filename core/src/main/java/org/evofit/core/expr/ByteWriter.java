package org.evofit.core.expr;

import java.util.Arrays;

/** A growable big-endian byte buffer with the unit sizes of the class-file format. */
final class ByteWriter {

    private byte[] bytes = new byte[256];
    private int size;

    /** Appends one byte. */
    ByteWriter u1(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    /** Appends two bytes, high byte first. */
    ByteWriter u2(int value) {
        return u1(value >>> 8).u1(value);
    }

    /** Appends four bytes, high byte first. */
    ByteWriter u4(int value) {
        return u2(value >>> 16).u2(value);
    }

    /** Appends eight bytes, high byte first. */
    ByteWriter u8(long value) {
        return u4((int) (value >>> 32)).u4((int) value);
    }

    /** Appends the contents of another writer. */
    ByteWriter bytes(ByteWriter other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    /**
     * Appends a string in the JVM's modified UTF-8 with its two-byte length, as CONSTANT_Utf8 needs
     * (NUL takes two bytes there, and characters are encoded per UTF-16 unit).
     */
    ByteWriter utf8(String s) {
        ByteWriter encoded = new ByteWriter();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                encoded.u1(c);
            } else if (c < 0x800) {
                encoded.u1(0xC0 | (c >> 6)).u1(0x80 | (c & 0x3F));
            } else {
                encoded.u1(0xE0 | (c >> 12)).u1(0x80 | ((c >> 6) & 0x3F)).u1(0x80 | (c & 0x3F));
            }
        }
        if (encoded.size > 0xFFFF) {
            throw new IllegalArgumentException("string too long for a class file constant");
        }
        return u2(encoded.size).bytes(encoded);
    }

    /** Number of bytes written so far. */
    int size() {
        return size;
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
