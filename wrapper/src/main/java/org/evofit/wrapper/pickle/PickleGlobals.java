package org.evofit.wrapper.pickle;

import static org.evofit.wrapper.pickle.PickleValues.asBytes;
import static org.evofit.wrapper.pickle.PickleValues.describe;
import static org.evofit.wrapper.pickle.PickleValues.list;
import static org.evofit.wrapper.pickle.PickleValues.text;
import static org.evofit.wrapper.pickle.PickleValues.tuple;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a pickle may name and call: numpy's array, dtype and scalar reconstruction, the few builtins older
 * protocols call to make bytes, sets and instances, and the caller's allowed classes (built as their
 * attributes only). Everything else is refused by its name before anything of it is built.
 */
final class PickleGlobals {

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

    private final Set<String> objectClasses;

    PickleGlobals(Set<String> objectClasses) {
        this.objectClasses = objectClasses;
    }

    /** The global {@code module.name} if a pickle may name it; refused by name otherwise. */
    PyGlobal allowed(String module, String name) {
        String full = module + "." + name;
        boolean known = RECONSTRUCT_ARRAY.contains(full) || NUMPY_SCALAR.contains(full) || full.equals(NDARRAY)
                || full.equals(DTYPE) || full.equals(ENCODE) || RECONSTRUCTOR.contains(full) || OBJECT.contains(full)
                || BYTES.contains(full) || SETS.contains(full) || PyDates.NAMES.contains(full)
                || objectClasses.contains(full);
        if (!known) {
            throw new PickleException("the pickle names " + full + ", which is not a class evofit reads"
                    + " (only numpy arrays, plain Python values, dates"
                    + objectClasses.stream().sorted().map(c -> ", " + c).reduce("", String::concat) + "); nothing was run",
                    full);
        }
        return new PyGlobal(module, name);
    }

    Object call(Object callable, PyTuple args, int at) {
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
        if (PyDates.NAMES.contains(name)) {
            return PyDates.iso(name, args);
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

    Object instantiate(PyGlobal type, PyTuple args) {
        if (!objectClasses.contains(type.fullName())) {
            throw new PickleException("expected an instance of " + String.join(", ", objectClasses)
                    + " but found one of " + type.fullName(), type.fullName());
        }
        return new PickledObject(type.fullName(), new LinkedHashMap<>());
    }

    static void build(Object target, Object state, int at) {
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

    static void putAll(PickledObject object, Object attributes) {
        if (attributes instanceof Map<?, ?> map) {
            object.state().putAll(map);
        } else if (attributes != null) {
            throw new PickleException("expected the attributes of " + object.className() + " as a dict but found "
                    + describe(attributes));
        }
    }

    static PyGlobal global(Object value, int at) {
        if (value instanceof PyGlobal g) {
            return g;
        }
        throw new PickleException("expected a class or callable at byte " + at + " but found " + describe(value));
    }
}
