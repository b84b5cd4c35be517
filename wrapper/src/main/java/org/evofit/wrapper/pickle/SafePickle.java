package org.evofit.wrapper.pickle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Python pickle (protocols 0 to 5) as plain data by interpreting its instructions, never by
 * loading or running what it names. It builds None as {@code null}, bools, ints ({@code Long}, or
 * {@code BigInteger} past 64 bits), floats ({@code Double}), str ({@code String}; a Python 2 str one
 * character per byte), bytes ({@code byte[]}), lists ({@code List}), tuples ({@link PyTuple}), dicts
 * ({@code Map}), sets, numpy arrays ({@link NumpyArray}) and scalars, and instances of the classes the
 * caller allows ({@link PickledObject}). Any other class or callable is refused by its name when the
 * pickle first names it, before anything of it is built.
 */
public final class SafePickle {

    private static final Set<String> RECONSTRUCT_ARRAY =
            Set.of("numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct");
    private static final Set<String> NUMPY_SCALAR =
            Set.of("numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar");
    private static final String NDARRAY = "numpy.ndarray";
    private static final String DTYPE = "numpy.dtype";
    /** How Python 3 pickles bytes at protocols 0 to 2: {@code _codecs.encode(text, 'latin1')}. */
    private static final String ENCODE = "_codecs.encode";
    /** How protocols 0 and 1 make an instance of a new-style class: {@code _reconstructor(cls, object, None)}. */
    private static final Set<String> RECONSTRUCTOR = Set.of("copy_reg._reconstructor", "copyreg._reconstructor");
    private static final Set<String> OBJECT = Set.of("__builtin__.object", "builtins.object");
    /** How protocols 0 to 2 write empty bytes, sets and frozensets: a call of the type on a list. */
    private static final Set<String> BYTES = Set.of("__builtin__.bytes", "builtins.bytes");
    private static final Set<String> SETS =
            Set.of("__builtin__.set", "builtins.set", "__builtin__.frozenset", "builtins.frozenset");

    private static final Object MARK = new Object();

    private final byte[] in;
    private final Set<String> objectClasses;
    private final List<Object> stack = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();
    private int pos;

    private SafePickle(byte[] in, Set<String> objectClasses) {
        this.in = in;
        this.objectClasses = objectClasses;
    }

    /**
     * Reads one pickle.
     *
     * @param pickle        the pickle's bytes
     * @param objectClasses the classes (as {@code module.name}) whose instances may be built, as their
     *                      attributes only
     * @return the pickled value
     * @throws PickleException when the pickle is malformed or names anything not allowed
     */
    public static Object read(byte[] pickle, Set<String> objectClasses) {
        return new SafePickle(pickle, Set.copyOf(objectClasses)).run();
    }

    private Object run() {
        while (true) {
            if (pos >= in.length) {
                throw new PickleException("expected the pickle's STOP instruction but the data ends at byte " + pos);
            }
            int at = pos;
            int op = in[pos++] & 0xff;
            switch (op) {
                case '.' -> {
                    if (stack.size() != 1) {
                        throw new PickleException("expected one value at the pickle's end but found " + stack.size());
                    }
                    return stack.get(0);
                }
                case 0x80 -> pos++; // PROTO: the version needs nothing more here
                case 0x95 -> pos += 8; // FRAME: a length hint
                case '(' -> stack.add(MARK);
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(peek());
                case 'N' -> push(null);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'I' -> push(intLiteral(line()));
                case 'J' -> push((long) littleEndian(4, true));
                case 'K' -> push((long) littleEndian(1, false));
                case 'M' -> push((long) littleEndian(2, false));
                case 'L' -> push(number(new BigInteger(stripSuffix(line(), "L"))));
                case 0x8a -> push(longBytes(littleEndian(1, false)));
                case 0x8b -> push(longBytes(littleEndian(4, true)));
                case 'F' -> push(floatLiteral(line()));
                case 'G' -> push(Double.longBitsToDouble(bigEndianLong()));
                case 'S' -> push(PickleStrings.literal(line()));
                case 'T' -> push(latin1(bytes(littleEndian(4, true))));
                case 'U' -> push(latin1(bytes(littleEndian(1, false))));
                case 'V' -> push(PickleStrings.rawUnicodeEscape(lineBytes()));
                case 'X' -> push(utf8(bytes(littleEndian(4, true))));
                case 0x8c -> push(utf8(bytes(littleEndian(1, false))));
                case 0x8d -> push(utf8(bytes(length8())));
                case 'B' -> push(bytes(littleEndian(4, true)));
                case 'C' -> push(bytes(littleEndian(1, false)));
                case 0x8e, 0x96 -> push(bytes(length8()));
                case ')' -> push(new PyTuple(List.of()));
                case 't' -> push(new PyTuple(popMark()));
                case 0x85 -> push(tuple(1));
                case 0x86 -> push(tuple(2));
                case 0x87 -> push(tuple(3));
                case ']' -> push(new ArrayList<>());
                case 'l' -> push(new ArrayList<>(popMark()));
                case 'a' -> {
                    Object item = pop();
                    list(peek()).add(item);
                }
                case 'e' -> {
                    List<Object> items = popMark();
                    list(peek()).addAll(items);
                }
                case '}' -> push(new LinkedHashMap<>());
                case 'd' -> push(pairs(new LinkedHashMap<>(), popMark()));
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    map(peek()).put(key, value);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    pairs(map(peek()), items);
                }
                case 0x8f -> push(new LinkedHashSet<>());
                case 0x90 -> {
                    List<Object> items = popMark();
                    set(peek()).addAll(items);
                }
                case 0x91 -> push(new LinkedHashSet<>(popMark()));
                case 'p' -> memo.put(Long.parseLong(line()), peek());
                case 'q' -> memo.put((long) littleEndian(1, false), peek());
                case 'r' -> memo.put((long) littleEndian(4, false), peek());
                case 0x94 -> memo.put((long) memo.size(), peek());
                case 'g' -> push(memo(Long.parseLong(line())));
                case 'h' -> push(memo(littleEndian(1, false)));
                case 'j' -> push(memo(littleEndian(4, false)));
                case 'c' -> {
                    String module = line();
                    push(allowed(module, line()));
                }
                case 0x93 -> {
                    Object name = pop();
                    push(allowed(text(pop(), "a module name"), text(name, "a global's name")));
                }
                case 'i' -> {
                    String module = line();
                    PyGlobal type = allowed(module, line());
                    push(instantiate(type, new PyTuple(popMark())));
                }
                case 'o' -> {
                    List<Object> items = popMark();
                    if (items.isEmpty() || !(items.get(0) instanceof PyGlobal type)) {
                        throw new PickleException("expected a class for the OBJ instruction at byte " + at);
                    }
                    push(instantiate(type, new PyTuple(items.subList(1, items.size()))));
                }
                case 'R' -> {
                    PyTuple args = tuple(pop(), "the arguments of a call");
                    push(call(pop(), args, at));
                }
                case 0x81 -> {
                    PyTuple args = tuple(pop(), "the arguments of NEWOBJ");
                    push(instantiate(global(pop(), at), args));
                }
                case 0x92 -> {
                    pop();
                    PyTuple args = tuple(pop(), "the arguments of NEWOBJ_EX");
                    push(instantiate(global(pop(), at), args));
                }
                case 'b' -> {
                    Object state = pop();
                    build(peek(), state, at);
                }
                default -> throw new PickleException(String.format("expected a pickle instruction evofit reads but found"
                        + " opcode 0x%02x at byte %d (persistent ids, extension codes and out-of-band buffers are"
                        + " not read)", op, at));
            }
        }
    }

    /** The global {@code module.name} if a pickle may name it; refused by name otherwise. */
    private PyGlobal allowed(String module, String name) {
        String full = module + "." + name;
        boolean known = RECONSTRUCT_ARRAY.contains(full) || NUMPY_SCALAR.contains(full) || full.equals(NDARRAY)
                || full.equals(DTYPE) || full.equals(ENCODE) || RECONSTRUCTOR.contains(full) || OBJECT.contains(full)
                || BYTES.contains(full) || SETS.contains(full)
                || objectClasses.contains(full);
        if (!known) {
            throw new PickleException("the pickle names " + full + ", which is not a class evofit reads"
                    + " (only numpy arrays, plain Python values and " + String.join(", ", objectClasses.stream().sorted().toList())
                    + "); nothing was run", full);
        }
        return new PyGlobal(module, name);
    }

    private Object call(Object callable, PyTuple args, int at) {
        String name = global(callable, at).fullName();
        if (RECONSTRUCT_ARRAY.contains(name)) {
            return new NumpyArray();
        }
        if (name.equals(DTYPE)) {
            return new NumpyDtype(text(args.get(0), "a numpy dtype's code"));
        }
        if (NUMPY_SCALAR.contains(name) && args.size() == 2 && args.get(0) instanceof NumpyDtype dtype) {
            return dtype.value(asBytes(args.get(1), "a numpy scalar's data"), 0);
        }
        if (name.equals(ENCODE) && args.size() == 2 && args.get(0) instanceof String text
                && args.get(1) instanceof String codec && (codec.equals("latin1") || codec.equals("latin-1"))) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (BYTES.contains(name) && args.size() == 0) {
            return new byte[0];
        }
        if (SETS.contains(name) && args.size() <= 1) {
            return args.size() == 0 ? new LinkedHashSet<>() : new LinkedHashSet<>(list(args.get(0)));
        }
        if (RECONSTRUCTOR.contains(name) && args.size() == 3 && args.get(0) instanceof PyGlobal type) {
            return instantiate(type, new PyTuple(List.of()));
        }
        if (objectClasses.contains(name)) {
            return instantiate(global(callable, at), args);
        }
        throw new PickleException("expected a call the pickle may make (numpy's array, dtype and scalar, bytes,"
                + " an allowed class) but found a call of " + name + " at byte " + at, name);
    }

    private Object instantiate(PyGlobal type, PyTuple args) {
        if (!objectClasses.contains(type.fullName())) {
            throw new PickleException("expected an instance of " + String.join(", ", objectClasses)
                    + " but found one of " + type.fullName(), type.fullName());
        }
        return new PickledObject(type.fullName(), new LinkedHashMap<>());
    }

    private static void build(Object target, Object state, int at) {
        if (target instanceof NumpyArray array) {
            array.setState(tuple(state, "a numpy array's state"));
        } else if (target instanceof NumpyDtype dtype) {
            dtype.setState(tuple(state, "a numpy dtype's state"));
        } else if (target instanceof PickledObject object) {
            // A state of (dict, slots) carries attributes in both.
            if (state instanceof PyTuple pair && pair.size() == 2) {
                putAll(object, pair.get(0));
                putAll(object, pair.get(1));
            } else {
                putAll(object, state);
            }
        } else {
            throw new PickleException("expected BUILD on an object or numpy array but found it on "
                    + describe(target) + " at byte " + at);
        }
    }

    private static void putAll(PickledObject object, Object attributes) {
        if (attributes instanceof Map<?, ?> map) {
            object.state().putAll(map);
        } else if (attributes != null) {
            throw new PickleException("expected the attributes of " + object.className() + " as a dict but found "
                    + describe(attributes));
        }
    }

    private static PyGlobal global(Object value, int at) {
        if (value instanceof PyGlobal g) {
            return g;
        }
        throw new PickleException("expected a class or callable at byte " + at + " but found " + describe(value));
    }

    private void push(Object value) {
        stack.add(value);
    }

    private Object pop() {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw new PickleException("expected a value on the pickle's stack at byte " + pos + " but found none");
        }
        return stack.remove(stack.size() - 1);
    }

    private Object peek() {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw new PickleException("expected a value on the pickle's stack at byte " + pos + " but found none");
        }
        return stack.get(stack.size() - 1);
    }

    private List<Object> popMark() {
        int mark = stack.lastIndexOf(MARK);
        if (mark < 0) {
            throw new PickleException("expected a MARK on the pickle's stack at byte " + pos + " but found none");
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        stack.subList(mark, stack.size()).clear();
        return items;
    }

    private PyTuple tuple(int size) {
        Object[] items = new Object[size];
        for (int i = size - 1; i >= 0; i--) {
            items[i] = pop();
        }
        return new PyTuple(java.util.Arrays.asList(items));
    }

    private Object memo(long key) {
        if (!memo.containsKey(key)) {
            throw new PickleException("expected memo entry " + key + " at byte " + pos + " but it was never stored");
        }
        return memo.get(key);
    }

    private static Map<Object, Object> pairs(Map<Object, Object> map, List<Object> items) {
        if (items.size() % 2 != 0) {
            throw new PickleException("expected key-value pairs for a dict but found " + items.size() + " items");
        }
        for (int i = 0; i < items.size(); i += 2) {
            map.put(items.get(i), items.get(i + 1));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value instanceof List<?> list && !(value instanceof PyTuple)) {
            return (List<Object>) list;
        }
        throw new PickleException("expected a list to append to but found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        if (value instanceof PickledObject object) {
            return object.state();
        }
        throw new PickleException("expected a dict to set items in but found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> set(Object value) {
        if (value instanceof Set<?> set) {
            return (Set<Object>) set;
        }
        throw new PickleException("expected a set to add to but found " + describe(value));
    }

    private static PyTuple tuple(Object value, String what) {
        if (value instanceof PyTuple tuple) {
            return tuple;
        }
        throw new PickleException("expected a tuple as " + what + " but found " + describe(value));
    }

    private static String text(Object value, String what) {
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

    private String line() {
        return latin1(lineBytes());
    }

    private byte[] lineBytes() {
        int end = pos;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        if (end == in.length) {
            throw new PickleException("expected a line ending in the pickle after byte " + pos + " but the data ends");
        }
        byte[] bytes = java.util.Arrays.copyOfRange(in, pos, end);
        pos = end + 1;
        return bytes;
    }

    private byte[] bytes(long length) {
        if (length < 0 || pos + length > in.length) {
            throw new PickleException("expected " + length + " bytes at byte " + pos + " but the pickle has "
                    + (in.length - pos));
        }
        byte[] bytes = java.util.Arrays.copyOfRange(in, pos, pos + (int) length);
        pos += (int) length;
        return bytes;
    }

    private long littleEndian(int size, boolean signed) {
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

    private long length8() {
        long length = littleEndian(8, false);
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new PickleException("expected a length below 2 GB at byte " + pos + " but found " + length);
        }
        return length;
    }

    private long bigEndianLong() {
        byte[] b = bytes(8);
        long value = 0;
        for (byte x : b) {
            value = (value << 8) | (x & 0xff);
        }
        return value;
    }

    /** LONG1/LONG4: a little-endian two's complement integer of {@code length} bytes. */
    private Object longBytes(long length) {
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

    private static Object number(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object intLiteral(String text) {
        return switch (text) {
            case "00" -> Boolean.FALSE;
            case "01" -> Boolean.TRUE;
            default -> number(new BigInteger(stripSuffix(text, "L")));
        };
    }

    private static double floatLiteral(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
