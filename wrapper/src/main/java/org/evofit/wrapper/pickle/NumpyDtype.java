package org.evofit.wrapper.pickle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A numpy dtype as its pickle describes it: a type code such as {@code f8} ({@code numpy.dtype('f8', ...)})
 * and the byte order its state gives ({@code <}, {@code >}, {@code |} or {@code =}).
 */
public final class NumpyDtype {

    private final String code;
    private char byteOrder = '<';

    NumpyDtype(String code) {
        this.code = code;
    }

    /** The type code, such as {@code f8}, {@code i4}, {@code b1}. */
    public String code() {
        return code;
    }

    /** Takes the byte order from the dtype's pickled state {@code (version, order, ...)}. */
    void setState(PyTuple state) {
        if (state.size() > 1 && state.get(1) instanceof String order && order.length() == 1) {
            byteOrder = order.charAt(0);
        }
    }

    /** Whether this is numpy's object dtype, whose arrays pickle a list of Python values. */
    boolean isObject() {
        return code.equals("O") || code.equals("O8");
    }

    /** The number of bytes of one value. */
    int size() {
        requireNumeric();
        return Integer.parseInt(code.substring(1));
    }

    /**
     * The value at {@code offset} of {@code raw}: a Double for floats, a Long for integers, a Boolean for bools.
     *
     * @throws PickleException for a type that is not a number
     */
    Object value(byte[] raw, int offset) {
        requireNumeric();
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(byteOrder == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        char kind = code.charAt(0);
        return switch (kind + String.valueOf(size())) {
            case "f8" -> buffer.getDouble(offset);
            case "f4" -> (double) buffer.getFloat(offset);
            case "i8" -> buffer.getLong(offset);
            case "i4" -> (long) buffer.getInt(offset);
            case "i2" -> (long) buffer.getShort(offset);
            case "i1" -> (long) raw[offset];
            case "u4" -> Integer.toUnsignedLong(buffer.getInt(offset));
            case "u2" -> (long) Short.toUnsignedInt(buffer.getShort(offset));
            case "u1" -> (long) Byte.toUnsignedInt(raw[offset]);
            case "b1" -> raw[offset] != 0;
            default -> throw unsupported();
        };
    }

    private void requireNumeric() {
        if (code.length() < 2 || "fiub".indexOf(code.charAt(0)) < 0 || !code.substring(1).matches("\\d+")) {
            throw unsupported();
        }
    }

    private PickleException unsupported() {
        return new PickleException("expected a numpy array of numbers or booleans but found the dtype '" + code + "'");
    }
}
