package org.evofit.wrapper.pickle;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The values a pickle builds, checked to be what an instruction or a reader expects, or refused saying what was found. */
final class PickleValues {

    private PickleValues() {
    }

    static Map<Object, Object> pairs(Map<Object, Object> map, List<Object> items) {
        if (items.size() % 2 != 0) {
            throw new PickleException("expected key-value pairs for a dict but found " + items.size() + " items");
        }
        for (int i = 0; i < items.size(); i += 2) {
            map.put(items.get(i), items.get(i + 1));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List<?> list && !(value instanceof PyTuple)) {
            return (List<Object>) list;
        }
        throw new PickleException("expected a list to append to but found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        if (value instanceof PickledObject object) {
            return object.state();
        }
        throw new PickleException("expected a dict to set items in but found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    static Set<Object> set(Object value) {
        if (value instanceof Set<?> set) {
            return (Set<Object>) set;
        }
        throw new PickleException("expected a set to add to but found " + describe(value));
    }

    static PyTuple tuple(Object value, String what) {
        if (value instanceof PyTuple tuple) {
            return tuple;
        }
        throw new PickleException("expected a tuple as " + what + " but found " + describe(value));
    }

    static String text(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new PickleException("expected a string as " + what + " but found " + describe(value));
    }

    /** A number (int, float or bool) as a long, for shapes and counts. */
    static long asLong(Object value, String what) {
        if (value instanceof Long l) {
            return l;
        }
        throw new PickleException("expected an integer as " + what + " but found " + describe(value));
    }

    /** A number (int, float or bool) as a double. */
    static double asDouble(Object value, String what) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new PickleException("expected a number as " + what + " but found " + describe(value));
    }

    /** Bytes, or a Python 2 str (one character per byte). */
    static byte[] asBytes(Object value, String what) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new PickleException("expected bytes as " + what + " but found " + describe(value));
    }

    /** What a value is, for messages. */
    static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof PickledObject object) {
            return "an instance of " + object.className();
        }
        if (value instanceof PyGlobal global) {
            return global.fullName();
        }
        return "a " + value.getClass().getSimpleName();
    }

}
