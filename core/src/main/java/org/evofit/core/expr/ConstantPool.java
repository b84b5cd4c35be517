package org.evofit.core.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * The constant pool of one generated class: only the entry kinds the generator needs (Utf8,
 * Integer, Double, Class, NameAndType, Methodref), each written once however often it is used.
 */
final class ConstantPool {

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;
    private static final int NAME_AND_TYPE = 12;

    /** Identifies an entry for de-duplication. */
    private record Key(int tag, Object value) { }

    private final ByteWriter entries = new ByteWriter();
    private final Map<Key, Integer> indices = new HashMap<>();
    private int next = 1;

    /** Index of a CONSTANT_Utf8 entry. */
    int utf8(String s) {
        Key key = new Key(UTF8, s);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        entries.u1(UTF8).utf8(s);
        return add(key, 1);
    }

    /** Index of a CONSTANT_Integer entry, for slot indices too large for sipush. */
    int integer(int value) {
        Key key = new Key(INTEGER, value);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        entries.u1(INTEGER).u4(value);
        return add(key, 1);
    }

    /** Index of a CONSTANT_Double entry; keyed by bit pattern so that 0.0, -0.0 and NaNs stay distinct. */
    int doubleConstant(double value) {
        long bits = Double.doubleToRawLongBits(value);
        Key key = new Key(DOUBLE, bits);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        entries.u1(DOUBLE).u8(bits);
        // A Double occupies two pool indices; the second one is unusable by definition of the format.
        return add(key, 2);
    }

    /** Index of a CONSTANT_Class entry for a binary name such as {@code java/lang/Math}. */
    int classRef(String internalName) {
        Key key = new Key(CLASS, internalName);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        int name = utf8(internalName);
        entries.u1(CLASS).u2(name);
        return add(key, 1);
    }

    /** Index of a CONSTANT_Methodref entry. */
    int methodRef(String owner, String name, String descriptor) {
        Key key = new Key(METHODREF, owner + '.' + name + descriptor);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        int ownerIndex = classRef(owner);
        int nameAndType = nameAndType(name, descriptor);
        entries.u1(METHODREF).u2(ownerIndex).u2(nameAndType);
        return add(key, 1);
    }

    /** The constant_pool_count field: one more than the highest index used. */
    int count() {
        return next;
    }

    /** The entries in index order, as they go into the class file. */
    ByteWriter entries() {
        return entries;
    }

    private int nameAndType(String name, String descriptor) {
        Key key = new Key(NAME_AND_TYPE, name + ' ' + descriptor);
        Integer known = indices.get(key);
        if (known != null) {
            return known;
        }
        int nameIndex = utf8(name);
        int descriptorIndex = utf8(descriptor);
        entries.u1(NAME_AND_TYPE).u2(nameIndex).u2(descriptorIndex);
        return add(key, 1);
    }

    private int add(Key key, int width) {
        if (next + width > 0xFFFF) {
            throw new IllegalStateException("constant pool overflow");
        }
        int index = next;
        next += width;
        indices.put(key, index);
        return index;
    }
}
