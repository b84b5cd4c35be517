package org.evofit.wrapper.pickle;

import java.util.Map;

/**
 * An instance of an allowed class, as its attributes: what Python's default pickling of an object
 * stores (its {@code __dict__}), never the class's code.
 *
 * @param className the class as {@code module.name}
 * @param state     its attributes by name (filled in as the pickle's BUILD instruction gives them)
 */
public record PickledObject(String className, Map<Object, Object> state) {

    /** The attribute {@code name}, or {@code null} when the object has none. */
    public Object get(String name) {
        return state.get(name);
    }
}
