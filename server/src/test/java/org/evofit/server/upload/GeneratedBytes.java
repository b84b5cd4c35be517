package org.evofit.server.upload;

import java.io.InputStream;

/**
 * {@code length} reproducible pseudo-random bytes (xorshift), made as they are read so that no test
 * holds a big file in memory; {@link #at} gives any byte again for comparing.
 */
class GeneratedBytes extends InputStream {

    private final long length;
    private long position;

    GeneratedBytes(long length) {
        this.length = length;
    }

    /** The byte at {@code index} of every such stream. */
    static byte at(long index) {
        long x = index * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return (byte) (x >>> 24);
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive) as an array. */
    static byte[] range(long from, long to) {
        byte[] bytes = new byte[Math.toIntExact(to - from)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = at(from + i);
        }
        return bytes;
    }

    /** How many bytes have been read. */
    long position() {
        return position;
    }

    @Override
    public int read() {
        return position < length ? at(position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = at(position++);
        }
        afterRead();
        return n;
    }

    /** Called after every block read (a test may look at the heap there). */
    void afterRead() {
    }
}
