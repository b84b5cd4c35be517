package org.evofit.wrapper.pickle;

import static org.evofit.wrapper.pickle.PickleValues.list;
import static org.evofit.wrapper.pickle.PickleValues.map;
import static org.evofit.wrapper.pickle.PickleValues.pairs;
import static org.evofit.wrapper.pickle.PickleValues.set;
import static org.evofit.wrapper.pickle.PickleValues.text;
import static org.evofit.wrapper.pickle.PickleValues.tuple;

import java.math.BigInteger;
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
 * ({@code Map}), sets, dates ({@code datetime.date} and naive {@code datetime.datetime}, as ISO 8601 text),
 * numpy arrays ({@link NumpyArray}) and scalars, and instances of the classes the
 * caller allows ({@link PickledObject}). Any other class or callable is refused by its name when the
 * pickle first names it, before anything of it is built.
 */
public final class SafePickle {

    private static final Object MARK = new Object();

    private final PickleInput in;
    private final PickleGlobals globals;
    private final List<Object> stack = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();

    private SafePickle(byte[] in, Set<String> objectClasses) {
        this.in = new PickleInput(in);
        this.globals = new PickleGlobals(objectClasses);
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
            int at = in.position();
            int op = in.next();
            if (op == '.') {
                if (stack.size() != 1) {
                    throw new PickleException("expected one value at the pickle's end but found " + stack.size());
                }
                return stack.get(0);
            }
            if (!scalar(op) && !container(op) && !reference(op, at)) {
                throw new PickleException(String.format("expected a pickle instruction evofit reads but found"
                        + " opcode 0x%02x at byte %d (persistent ids, extension codes and out-of-band buffers are"
                        + " not read)", op, at));
            }
        }
    }

    /** Stack and mark handling and the literals: numbers, text, bytes. False for any other code. */
    private boolean scalar(int op) {
        switch (op) {
            case 0x80 -> in.skip(1); // PROTO: the version needs nothing more here
            case 0x95 -> in.skip(8); // FRAME: a length hint
            case '(' -> stack.add(MARK);
            case '0' -> pop();
            case '1' -> popMark();
            case '2' -> push(peek());
            case 'N' -> push(null);
            case 0x88 -> push(Boolean.TRUE);
            case 0x89 -> push(Boolean.FALSE);
            case 'I' -> push(PickleInput.intLiteral(in.line()));
            case 'J' -> push((long) in.littleEndian(4, true));
            case 'K' -> push((long) in.littleEndian(1, false));
            case 'M' -> push((long) in.littleEndian(2, false));
            case 'L' -> push(PickleInput.number(new BigInteger(PickleInput.stripSuffix(in.line(), "L"))));
            case 0x8a -> push(in.longBytes(in.littleEndian(1, false)));
            case 0x8b -> push(in.longBytes(in.littleEndian(4, true)));
            case 'F' -> push(PickleInput.floatLiteral(in.line()));
            case 'G' -> push(Double.longBitsToDouble(in.bigEndianLong()));
            case 'S' -> push(PickleStrings.literal(in.line()));
            case 'T' -> push(PickleInput.latin1(in.bytes(in.littleEndian(4, true))));
            case 'U' -> push(PickleInput.latin1(in.bytes(in.littleEndian(1, false))));
            case 'V' -> push(PickleStrings.rawUnicodeEscape(in.lineBytes()));
            case 'X' -> push(PickleInput.utf8(in.bytes(in.littleEndian(4, true))));
            case 0x8c -> push(PickleInput.utf8(in.bytes(in.littleEndian(1, false))));
            case 0x8d -> push(PickleInput.utf8(in.bytes(in.length8())));
            case 'B' -> push(in.bytes(in.littleEndian(4, true)));
            case 'C' -> push(in.bytes(in.littleEndian(1, false)));
            case 0x8e, 0x96 -> push(in.bytes(in.length8()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Tuples, lists, dicts and sets, made and filled. False for any other code. */
    private boolean container(int op) {
        switch (op) {
            case ')' -> push(new PyTuple(List.of()));
            case 't' -> push(new PyTuple(popMark()));
            case 0x85 -> push(popTuple(1));
            case 0x86 -> push(popTuple(2));
            case 0x87 -> push(popTuple(3));
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
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The memo, globals, calls, instances and their state. False for any other code. */
    private boolean reference(int op, int at) {
        switch (op) {
            case 'p' -> memo.put(Long.parseLong(in.line()), peek());
            case 'q' -> memo.put((long) in.littleEndian(1, false), peek());
            case 'r' -> memo.put((long) in.littleEndian(4, false), peek());
            case 0x94 -> memo.put((long) memo.size(), peek());
            case 'g' -> push(memo(Long.parseLong(in.line())));
            case 'h' -> push(memo(in.littleEndian(1, false)));
            case 'j' -> push(memo(in.littleEndian(4, false)));
            case 'c' -> {
                String module = in.line();
                push(globals.allowed(module, in.line()));
            }
            case 0x93 -> {
                Object name = pop();
                push(globals.allowed(text(pop(), "a module name"), text(name, "a global's name")));
            }
            case 'i' -> {
                String module = in.line();
                PyGlobal type = globals.allowed(module, in.line());
                push(globals.instantiate(type, new PyTuple(popMark())));
            }
            case 'o' -> {
                List<Object> items = popMark();
                if (items.isEmpty() || !(items.get(0) instanceof PyGlobal type)) {
                    throw new PickleException("expected a class for the OBJ instruction at byte " + at);
            }
                push(globals.instantiate(type, new PyTuple(items.subList(1, items.size()))));
            }
            case 'R' -> {
                PyTuple args = tuple(pop(), "the arguments of a call");
                push(globals.call(pop(), args, at));
            }
            case 0x81 -> {
                PyTuple args = tuple(pop(), "the arguments of NEWOBJ");
                push(globals.instantiate(PickleGlobals.global(pop(), at), args));
            }
            case 0x92 -> {
                pop();
                PyTuple args = tuple(pop(), "the arguments of NEWOBJ_EX");
                push(globals.instantiate(PickleGlobals.global(pop(), at), args));
            }
            case 'b' -> {
                Object state = pop();
                PickleGlobals.build(peek(), state, at);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void push(Object value) {
        stack.add(value);
    }

    private Object pop() {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw new PickleException("expected a value on the pickle's stack at byte " + in.position() + " but found none");
        }
        return stack.remove(stack.size() - 1);
    }

    private Object peek() {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw new PickleException("expected a value on the pickle's stack at byte " + in.position() + " but found none");
        }
        return stack.get(stack.size() - 1);
    }

    private List<Object> popMark() {
        int mark = stack.lastIndexOf(MARK);
        if (mark < 0) {
            throw new PickleException("expected a MARK on the pickle's stack at byte " + in.position() + " but found none");
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        stack.subList(mark, stack.size()).clear();
        return items;
    }

    private PyTuple popTuple(int size) {
        Object[] items = new Object[size];
        for (int i = size - 1; i >= 0; i--) {
            items[i] = pop();
        }
        return new PyTuple(java.util.Arrays.asList(items));
    }

    private Object memo(long key) {
        if (!memo.containsKey(key)) {
            throw new PickleException("expected memo entry " + key + " at byte " + in.position() + " but it was never stored");
        }
        return memo.get(key);
    }

}
