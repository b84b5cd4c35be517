package org.evofit.wrapper.pickle;

/**
 * A class or callable a pickle names (its GLOBAL instruction), after it was found allowed: only a
 * name, never looked up or loaded.
 *
 * @param module the module, such as {@code numpy.core.multiarray}
 * @param name   the name in it, such as {@code _reconstruct}
 */
record PyGlobal(String module, String name) {

    /** {@code module.name}. */
    String fullName() {
        return module + "." + name;
    }
}
