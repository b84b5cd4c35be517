package org.evofit.core.refl;

import java.lang.reflect.Field;

/**
 * Where a double[] sits relative to the 64-byte lines of the memory it lives in: the offset, 0 to {@link #SPARE}
 * doubles, from which its elements start on a line. Why: an AVX-512 load or store of eight doubles that starts off a
 * line touches two lines, and the magnetic kernel's block state is rows of 64 doubles read and written a vector at a
 * time, so that where its arrays happened to land moved its speed by ~10 % from launch to launch (rows on lines in one
 * launch in eight). Java does not let code place an array, but code can hold its rows in one array with spare room
 * and start them {@code offset} doubles in ({@link MagneticWorkspace#align}).
 *
 * <p>The address comes from {@code sun.misc.Unsafe} (module jdk.unsupported, readable without flags): the array is
 * put in a one-element Object[] and the slot read as a number, with compressed references the narrow reference,
 * which this class turns into an address with the shift it measures once at start-up (two small arrays allocated
 * one after the other lie a known number of bytes apart). Where anything of that is unavailable or does not
 * check out, the offset is 0. The garbage collector may move the array at any time, so a caller asks again at each
 * call. A wrong answer costs speed only, never bits: the arithmetic is the same at any offset.
 */
final class LineAlignment {

    /** Doubles to spare at the end of an array so that its rows can start at any of the eight offsets. */
    static final int SPARE = 7;
    private static final int LINE = 64;

    /** The reading of a reference: null where unavailable. */
    private static final sun.misc.Unsafe UNSAFE = unsafe();
    private static final long SLOT = UNSAFE == null ? 0 : UNSAFE.arrayBaseOffset(Object[].class);
    private static final boolean NARROW = UNSAFE != null && UNSAFE.arrayIndexScale(Object[].class) == 4;
    private static final long DATA = UNSAFE == null ? 0 : UNSAFE.arrayBaseOffset(double[].class);
    /** The left shift from a narrow reference to an address (modulo a line), or −1 where none checked out. */
    private static final int SHIFT = UNSAFE == null ? -1 : shift();

    /** The one-element array whose slot is read: one per owner, so that threads do not share it. */
    private final Object[] slot = new Object[1];

    /** Reads the address of {@code array}, which it holds for that. */
    LineAlignment(double[] array) {
        slot[0] = array;
    }

    /** Whether this JVM gave an address: where not, {@link #offset} is always 0. */
    static boolean available() {
        return SHIFT >= 0;
    }

    /** The offset, 0 to {@link #SPARE} doubles, from which the array's elements start on a 64-byte line (now). */
    int offset() {
        if (SHIFT < 0) {
            return 0;
        }
        long data = dataAddress();
        return (int) ((LINE - Math.floorMod(data, LINE)) % LINE / Double.BYTES);
    }

    /** The address of the array's first element (see {@link #address}). */
    long dataAddress() {
        return address() + DATA;
    }

    /** The array's address modulo 2⁶⁴ as far as its low bits go (a narrow reference's base is page-aligned). */
    long address() {
        return NARROW ? (UNSAFE.getInt(slot, SLOT) & 0xffff_ffffL) << SHIFT : UNSAFE.getLong(slot, SLOT);
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The shift that makes two arrays allocated one after the other lie as many bytes apart as the first takes,
     * found the same in three tries out of up to twenty (an allocation may start a new buffer), else −1.
     */
    private static int shift() {
        long bytes = DATA + 2L * Double.BYTES;
        if (bytes % 8 != 0) {
            return -1;
        }
        Object[] probe = new Object[1];
        int agreed = 0;
        int found = -1;
        for (int attempt = 0; attempt < 20 && agreed < 3; attempt++) {
            double[] first = new double[2];
            double[] second = new double[2];
            probe[0] = first;
            long a = read(probe);
            probe[0] = second;
            long b = read(probe);
            int s = shiftOf(b - a, bytes);
            if (s >= 0 && (s == found || agreed == 0)) {
                found = s;
                agreed++;
            } else {
                agreed = 0;
            }
        }
        return agreed >= 3 ? found : -1;
    }

    private static long read(Object[] probe) {
        return NARROW ? UNSAFE.getInt(probe, SLOT) & 0xffff_ffffL : UNSAFE.getLong(probe, SLOT);
    }

    /** The shift s ≤ 4 with difference·2^s = bytes (0 only for full addresses), or −1. */
    private static int shiftOf(long difference, long bytes) {
        for (int s = 0; s <= (NARROW ? 4 : 0); s++) {
            if (difference << s == bytes) {
                return s;
            }
        }
        return -1;
    }
}
